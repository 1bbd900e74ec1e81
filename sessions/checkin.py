"""Check-in at a site: the page a trainee's phone opens from the QR code on the screen.

GET shows the code (prefilled from ``?code=``) and which room and session it belongs
to; one tap (POST) checks in. Anonymous visitors go through log-in or sign-up and come
back here with the code. Wrong codes are counted per person and per address
(checkin_limits.py): guessing is refused with HTTP 429.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from sessions import checkin_limits
from sessions.attendance.forms import CheckinForm
from sessions.attendance.services import (
    CheckinRefused,
    attendance_check_in,
    checkin_target_resolve,
    window_refusal,
)

TEMPLATE = "sessions/checkin.html"


class CheckinView(LoginRequiredMixin, View):
    def _too_many(self, request, form, code: str = ""):
        refusal = CheckinRefused(
            "rate_limited",
            _(
                "You have typed too many wrong codes in a short time. Wait a minute, "
                "then type the code shown on the screen in your room."
            ),
        )
        context = {"form": form, "code": code, "refusal": refusal}
        response = render(request, TEMPLATE, context, status=429)
        response["Retry-After"] = str(checkin_limits.retry_after_seconds())
        return response

    def _refused(self, request, refusal: CheckinRefused) -> None:
        if refusal.code in checkin_limits.GUESS_REFUSALS:
            checkin_limits.wrong_guess_count(request)

    def get(self, request):
        code = request.GET.get("code", "").strip()[:20]
        form = CheckinForm(initial={"code": code})
        context = {"form": form, "code": code}
        if code:
            if checkin_limits.guessing_blocked(request):
                return self._too_many(request, form, code)
            try:
                target = checkin_target_resolve(code=code)
                if not target.window_open:
                    raise window_refusal(
                        session=target.session_endpoint.session, at=timezone.now()
                    )
                context["target"] = target
            except CheckinRefused as refusal:
                self._refused(request, refusal)
                context["refusal"] = refusal
        return render(request, TEMPLATE, context)

    def post(self, request):
        form = CheckinForm(request.POST)
        if checkin_limits.guessing_blocked(request):
            return self._too_many(request, form)
        if not form.is_valid():
            return render(request, TEMPLATE, {"form": form}, status=400)
        code = form.cleaned_data["code"]
        try:
            attendance = attendance_check_in(user=request.user, code=code)
        except CheckinRefused as refusal:
            self._refused(request, refusal)
            context = {"form": form, "code": code, "refusal": refusal}
            return render(request, TEMPLATE, context, status=400)
        return render(request, "sessions/checkin_done.html", {"attendance": attendance})
