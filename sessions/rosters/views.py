"""The expected list of a session: organisers manage every place, a coordinator their
own endpoints. One page; its forms post an ``action``."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View

from accounts.tables import MAX_FILE_BYTES, TableFileError
from sessions.attendance import permissions
from sessions.dashboard.state import visible_endpoint_ids
from sessions.models import ExpectedAttendee, LiveSession, SessionEndpoint

from . import services
from .forms import REMOTE, ExpectedAddForm, ExpectedImportForm, ExpectedRemoveForm
from .selectors import expected_by_site


class ExpectedListView(LoginRequiredMixin, View):
    template_name = "sessions/attendance_expected.html"

    def _load(self, session_id: int) -> tuple[LiveSession, list[int] | None]:
        user = self.request.user
        if not permissions.can_watch_session(user):
            raise PermissionDenied
        session = get_object_or_404(LiveSession, pk=session_id)
        endpoint_ids = visible_endpoint_ids(session=session, user=user)
        if endpoint_ids is not None and not endpoint_ids:
            raise PermissionDenied
        return session, endpoint_ids

    def _places(self, session, endpoint_ids) -> list[tuple[str, str]]:
        links = SessionEndpoint.objects.filter(session=session).select_related(
            "endpoint"
        )
        if endpoint_ids is not None:
            links = links.filter(endpoint_id__in=endpoint_ids)
        places = [(str(link.endpoint_id), link.endpoint.name) for link in links]
        if endpoint_ids is None:
            places.append((REMOTE, _("Remote (own device)")))
        return places

    def _default_endpoint(self, endpoint_ids) -> int | None:
        """A coordinator of one endpoint of the session need not name it in a file."""
        return endpoint_ids[0] if endpoint_ids and len(endpoint_ids) == 1 else None

    def _render(self, session, endpoint_ids, status=200, **extra):
        places = self._places(session, endpoint_ids)
        context = {
            "session": session,
            "sites": expected_by_site(session=session, endpoint_ids=endpoint_ids),
            "add_form": extra.get("add_form") or ExpectedAddForm(places=places),
            "import_form": extra.get("import_form") or ExpectedImportForm(),
            "import_errors": extra.get("import_errors", []),
            "is_organiser": permissions.is_organiser(self.request.user),
            "is_final": session.attendance_finalised_at is not None,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, session_id: int):
        return self._render(*self._load(session_id))

    def post(self, request, session_id: int):
        session, endpoint_ids = self._load(session_id)
        handler = {
            "add": self._add,
            "remove": self._remove,
            "import": self._import,
            "agency": self._agency,
        }.get(request.POST.get("action"))
        if handler is None:
            raise Http404
        try:
            return handler(session, endpoint_ids)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(request.path)

    def _add(self, session, endpoint_ids):
        form = ExpectedAddForm(
            self.request.POST, places=self._places(session, endpoint_ids)
        )
        if not form.is_valid():
            return self._render(session, endpoint_ids, status=400, add_form=form)
        user = (
            get_user_model()
            .objects.filter(email__iexact=form.cleaned_data["email"], is_active=True)
            .first()
        )
        if user is None:
            form.add_error("email", _("No active account has this email address."))
            return self._render(session, endpoint_ids, status=400, add_form=form)
        services.expected_attendee_add(
            by=self.request.user,
            session=session,
            user=user,
            endpoint_id=form.endpoint_id,
        )
        messages.success(
            self.request,
            _("%(name)s is on the expected list.")
            % {"name": user.full_name or user.email},
        )
        return redirect(self.request.path)

    def _remove(self, session, endpoint_ids):
        form = ExpectedRemoveForm(self.request.POST)
        if not form.is_valid():
            raise Http404
        expected = get_object_or_404(
            ExpectedAttendee.objects.at_endpoints(endpoint_ids),
            pk=form.cleaned_data["expected"],
            session=session,
        )
        services.expected_attendee_remove(by=self.request.user, expected=expected)
        messages.success(self.request, _("Removed from the expected list."))
        return redirect(self.request.path)

    def _import(self, session, endpoint_ids):
        form = ExpectedImportForm(self.request.POST, self.request.FILES)
        if not form.is_valid():
            return self._render(session, endpoint_ids, status=400, import_form=form)
        upload = form.cleaned_data["file"]
        try:
            rows = services.expected_rows_read(
                filename=upload.name, data=upload.read(MAX_FILE_BYTES + 1)
            )
        except TableFileError as error:
            form.add_error("file", str(error))
            return self._render(session, endpoint_ids, status=400, import_form=form)
        result = services.expected_import(
            by=self.request.user,
            session=session,
            rows=rows,
            default_endpoint_id=self._default_endpoint(endpoint_ids),
        )
        if not result.ok:
            return self._render(
                session, endpoint_ids, status=400, import_errors=result.errors
            )
        messages.success(
            self.request,
            _(
                "Expected list updated: %(added)s added, %(moved)s moved, "
                "%(unchanged)s already there."
            )
            % {
                "added": result.added,
                "moved": result.moved,
                "unchanged": result.unchanged,
            },
        )
        return redirect(self.request.path)

    def _agency(self, session, endpoint_ids):
        result = services.expected_from_agencies(by=self.request.user, session=session)
        messages.success(
            self.request,
            _(
                "From agencies: %(added)s added, %(already)s already on the list, "
                "%(unmatched)s enrolled trainees whose agency no endpoint serves."
            )
            % {
                "added": result.added,
                "already": result.already,
                "unmatched": result.unmatched,
            },
        )
        return redirect(self.request.path)
