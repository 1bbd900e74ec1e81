"""Pages of attendance: the sessions list, a coordinator's roster, finalise/reopen."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from sessions.models import (
    Attendance,
    AttendanceChange,
    ExpectedAttendee,
    LiveSession,
    SessionEndpoint,
)
from sessions.rosters import selectors as rosters
from sessions.rosters.forms import ArrivalForm
from sessions.rosters.services import expected_arrival_record

from . import permissions, services
from .forms import (
    HeadcountForm,
    MarkForm,
    MergeForm,
    ReopenForm,
    UnmergeForm,
    WalkinForm,
)
from .selectors import roster_rows


def _validation_messages(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


class AttendanceIndexView(LoginRequiredMixin, TemplateView):
    """Sessions an organiser or coordinator can follow, with links to their tools."""

    template_name = "sessions/attendance_index.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not permissions.can_watch_session(
            request.user
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sessions = LiveSession.objects.not_cancelled().order_by("-starts_at")[:50]
        links = SessionEndpoint.objects.filter(session__in=sessions).select_related(
            "endpoint"
        )
        if not permissions.is_organiser(user):
            links = links.filter(endpoint__coordinators=user)
        by_session: dict[int, list] = {}
        for link in links:
            by_session.setdefault(link.session_id, []).append(link)
        context["rows"] = [
            (session, by_session.get(session.pk, []))
            for session in sessions
            if permissions.is_organiser(user) or session.pk in by_session
        ]
        context["is_organiser"] = permissions.is_organiser(user)
        return context


class RosterView(LoginRequiredMixin, View):
    """One endpoint's roster for one session, on the coordinator's one device."""

    template_name = "sessions/attendance_roster.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.link = None

    def _load(self, session_id: int, endpoint_id: int) -> SessionEndpoint:
        link = get_object_or_404(
            SessionEndpoint.objects.select_related("session", "endpoint"),
            session_id=session_id,
            endpoint_id=endpoint_id,
        )
        if not permissions.can_manage_endpoint(self.request.user, endpoint_id):
            raise PermissionDenied
        return link

    def _render(self, link: SessionEndpoint, status: int = 200, **forms):
        headcount = link.headcounts.first()
        rows = list(roster_rows(session=link.session, endpoint_id=link.endpoint_id))
        (expected,) = rosters.expected_by_site(
            session=link.session, endpoint_ids=[link.endpoint_id]
        )
        matches = rosters.expected_for_walkins(
            session_id=link.session_id,
            endpoint_id=link.endpoint_id,
            walkin_names=[row.walkin_name for row in rows if row.is_walkin],
        )
        for row in rows:
            row.expected_match = matches.get(row.walkin_name) if row.is_walkin else None
        context = {
            "link": link,
            "session": link.session,
            "rows": rows,
            "expected": expected,
            "walkin_matches": forms.get("walkin_matches", []),
            "walkin_form": forms.get("walkin_form") or WalkinForm(),
            "headcount_form": forms.get("headcount_form") or HeadcountForm(),
            "mark_choices": MarkForm.base_fields["status"].choices,
            "headcount": headcount,
            "is_final": link.session.attendance_finalised_at is not None,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, session_id: int, endpoint_id: int):
        return self._render(self._load(session_id, endpoint_id))

    def post(self, request, session_id: int, endpoint_id: int):
        link = self._load(session_id, endpoint_id)
        action = request.POST.get("action")
        handler = {
            "walkin": self._walkin,
            "mark": self._mark,
            "headcount": self._headcount,
            "merge": self._merge,
            "unmerge": self._unmerge,
            "arrival": self._arrival,
        }.get(action)
        if handler is None:
            raise Http404
        try:
            response = handler(link)
        except ValidationError as error:
            for message in _validation_messages(error):
                messages.error(request, message)
            return redirect(request.path)
        return response

    def _walkin(self, link):
        form = WalkinForm(self.request.POST)
        if not form.is_valid():
            return self._render(link, status=400, walkin_form=form)
        data = dict(form.cleaned_data)
        if not data.pop("not_expected"):
            matches = rosters.walkin_matches(
                session_id=link.session_id,
                endpoint_id=link.endpoint_id,
                full_name=data["full_name"],
            )
            if matches:
                # Expected here: offer their own check-in before a walk-in row.
                confirm = WalkinForm(initial={**data, "not_expected": True})
                return self._render(link, walkin_form=confirm, walkin_matches=matches)
        services.attendance_walkin_add(
            by=self.request.user, session_endpoint=link, **data
        )
        messages.success(self.request, _("Walk-in added."))
        return redirect(self.request.path)

    def _row(self, link, pk) -> Attendance:
        return get_object_or_404(
            Attendance, pk=pk, session_id=link.session_id, endpoint_id=link.endpoint_id
        )

    def _mark(self, link):
        form = MarkForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Choose a status."))
            return redirect(self.request.path)
        services.attendance_mark(
            by=self.request.user,
            attendance=self._row(link, form.cleaned_data["attendance"]),
            status=form.cleaned_data["status"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(self.request, _("Status saved."))
        return redirect(self.request.path)

    def _headcount(self, link):
        form = HeadcountForm(self.request.POST)
        if not form.is_valid():
            return self._render(link, status=400, headcount_form=form)
        services.headcount_record(
            by=self.request.user,
            session_endpoint=link,
            count=form.cleaned_data["count"],
        )
        messages.success(self.request, _("Headcount recorded."))
        return redirect(self.request.path)

    def _merge(self, link):
        form = MergeForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Enter a valid email address."))
            return redirect(self.request.path)
        services.attendance_walkin_merge(
            by=self.request.user,
            attendance=self._row(link, form.cleaned_data["attendance"]),
            email=form.cleaned_data["email"],
        )
        messages.success(self.request, _("Walk-in merged into the account."))
        return redirect(self.request.path)

    def _arrival(self, link):
        form = ArrivalForm(self.request.POST)
        if not form.is_valid():
            raise Http404
        expected = get_object_or_404(
            ExpectedAttendee.objects.select_related("session", "user"),
            pk=form.cleaned_data["expected"],
            session_id=link.session_id,
            endpoint_id=link.endpoint_id,
        )
        expected_arrival_record(by=self.request.user, expected=expected)
        messages.success(
            self.request,
            _("%(name)s is checked in.")
            % {"name": expected.user.full_name or expected.user.email},
        )
        return redirect(self.request.path)

    def _unmerge(self, link):
        form = UnmergeForm(self.request.POST)
        if not form.is_valid():
            raise Http404
        change = get_object_or_404(
            AttendanceChange,
            pk=form.cleaned_data["change"],
            kind=AttendanceChange.Kind.MERGE,
            attendance__session_id=link.session_id,
            attendance__endpoint_id=link.endpoint_id,
        )
        services.attendance_merge_undo(by=self.request.user, change=change)
        messages.success(self.request, _("Merge undone: the walk-in is back."))
        return redirect(self.request.path)


class FinaliseView(LoginRequiredMixin, View):
    """Organisers make a session's attendance final, or reopen it with a reason."""

    def post(self, request, session_id: int, action: str):
        if not permissions.is_organiser(request.user):
            raise PermissionDenied
        session = get_object_or_404(LiveSession, pk=session_id)
        if action == "finalise":
            try:
                services.attendance_finalise(session=session, by=request.user)
            except ValidationError as error:
                for message in _validation_messages(error):
                    messages.error(request, message)
            else:
                messages.success(request, _("Attendance is final."))
        else:
            form = ReopenForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Say why attendance is reopened."))
            else:
                services.attendance_reopen(
                    session=session, by=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(request, _("Attendance is open again."))
        return redirect("attendance-session-report", session_id=session.pk)
