"""Check-in at a site: the page a trainee's phone opens from the QR code on the screen.

GET shows the code (prefilled from ``?code=``) and which room and session it belongs
to; one tap (POST) checks in. Anonymous visitors go through log-in or sign-up and come
back here with the code.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from sessions.attendance.forms import CheckinForm
from sessions.attendance.services import (
    CheckinRefused,
    attendance_check_in,
    checkin_target_resolve,
    window_refusal,
)

TEMPLATE = "sessions/checkin.html"


class CheckinView(LoginRequiredMixin, View):
    def get(self, request):
        code = request.GET.get("code", "").strip()[:20]
        form = CheckinForm(initial={"code": code})
        context = {"form": form, "code": code}
        if code:
            try:
                target = checkin_target_resolve(code=code)
                if not target.window_open:
                    raise window_refusal(
                        session=target.session_endpoint.session, at=timezone.now()
                    )
                context["target"] = target
            except CheckinRefused as refusal:
                context["refusal"] = refusal
        return render(request, TEMPLATE, context)

    def post(self, request):
        form = CheckinForm(request.POST)
        if not form.is_valid():
            return render(request, TEMPLATE, {"form": form}, status=400)
        code = form.cleaned_data["code"]
        try:
            attendance = attendance_check_in(user=request.user, code=code)
        except CheckinRefused as refusal:
            context = {"form": form, "code": code, "refusal": refusal}
            return render(request, TEMPLATE, context, status=400)
        return render(request, "sessions/checkin_done.html", {"attendance": attendance})
