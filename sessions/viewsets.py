from django import forms
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .admin_forms import LiveSessionAdminForm
from .models import Endpoint, LiveSession
from .permissions import LiveSessionPermissionPolicy
from .scheduling import (
    live_session_endpoints_add_all_active,
    live_session_hub_include,
)


class EndpointIndexView(generic.IndexView):
    def get_base_queryset(self):
        return Endpoint.objects.visible_to(self.request.user)


class VisibleEndpointMixin:
    """A single-endpoint view finds only endpoints the user may see (else 404)."""

    def get_object(self, queryset=None):
        endpoint = super().get_object(queryset)
        if (
            not Endpoint.objects.visible_to(self.request.user)
            .filter(pk=endpoint.pk)
            .exists()
        ):
            raise Http404
        return endpoint


class EndpointEditView(VisibleEndpointMixin, generic.EditView):
    pass


class EndpointDeleteView(VisibleEndpointMixin, generic.DeleteView):
    pass


class EndpointInspectView(VisibleEndpointMixin, generic.InspectView):
    pass


class EndpointViewSet(ModelViewSet):
    model = Endpoint
    icon = "site"
    menu_label = _("Endpoints")
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "endpoints"
    url_namespace = "endpoints"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = EndpointIndexView
    edit_view_class = EndpointEditView
    delete_view_class = EndpointDeleteView
    inspect_view_class = EndpointInspectView
    list_display = [
        "name",
        "code",
        "kind",
        "capacity",
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "code", "address"]
    inspect_view_fields = ["name", "code", "kind", "address", "capacity", "is_active"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("sort_order")]),
                FieldPanel("is_active"),
            ],
            heading=_("Endpoint"),
        ),
        FieldPanel("coordinators", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "served_agencies",
            heading=_("Agencies served"),
            label=_("Agency"),
            help_text=_(
                "Trainees of these agencies are expected here when an organiser "
                "applies the agency mapping to a session's expected list."
            ),
        ),
    ]


# --- Live sessions -----------------------------------------------------------------


class LiveSessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            LiveSessionPermissionPolicy()
            .instances_user_has_any_permission_for(
                self.request.user, ["view", "change"]
            )
            .select_related("hub", "presenter")
        )


class VisibleLiveSessionMixin:
    """A single-session view finds only sessions the user may see (else 404)."""

    def get_object(self, queryset=None):
        session = super().get_object(queryset)
        allowed = LiveSessionPermissionPolicy().instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        )
        if not allowed.filter(pk=session.pk).exists():
            raise Http404
        return session


class AllActiveEndpointsMixin:
    """Saving with "add every active endpoint" ticked adds them (the hub too)."""

    def save_instance(self):
        instance = super().save_instance()
        live_session_hub_include(session=instance)
        if self.form.cleaned_data.get("add_all_active_endpoints"):
            live_session_endpoints_add_all_active(session=instance)
        return instance


class LiveSessionCreateView(AllActiveEndpointsMixin, generic.CreateView):
    pass


class LiveSessionEditView(
    VisibleLiveSessionMixin, AllActiveEndpointsMixin, generic.EditView
):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Open the session page"),
                url=reverse("sessions:detail", args=[self.object.pk]),
                icon_name="view",
                priority=40,
            )
        )
        if self.object.status in (
            LiveSession.Status.SCHEDULED,
            LiveSession.Status.LIVE,
        ):
            buttons.append(
                Button(
                    _("Cancel session"),
                    url=reverse("sessions:cancel", args=[self.object.pk]),
                    icon_name="cross",
                    priority=45,
                )
            )
        return buttons


class LiveSessionDeleteView(VisibleLiveSessionMixin, generic.DeleteView):
    pass


class LiveSessionInspectView(VisibleLiveSessionMixin, generic.InspectView):
    pass


class LiveSessionViewSet(ModelViewSet):
    model = LiveSession
    icon = "date"
    menu_label = _("Live sessions")
    menu_order = 205
    add_to_admin_menu = True
    url_prefix = "live-sessions"
    url_namespace = "live_sessions"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = LiveSessionIndexView
    add_view_class = LiveSessionCreateView
    edit_view_class = LiveSessionEditView
    delete_view_class = LiveSessionDeleteView
    inspect_view_class = LiveSessionInspectView
    list_display = ["title", "starts_at", "presenter", "status"]
    list_filter = ["status"]
    search_fields = ["title"]
    ordering = ["-starts_at"]
    inspect_view_fields = [
        "title",
        "module",
        "starts_at",
        "ends_at",
        "presenter",
        "hub",
        "status",
        "room_name",
        "late_after_minutes",
        "present_percent",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("module"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("presenter"), FieldPanel("hub")]),
                FieldPanel("description"),
            ],
            heading=_("Session"),
        ),
        FieldPanel("add_all_active_endpoints", heading=_("Endpoints taking part")),
        InlinePanel(
            "session_endpoints",
            heading=_("Endpoints taking part"),
            label=_("Endpoint"),
            panels=[FieldPanel("endpoint"), FieldPanel("expected_headcount")],
        ),
        MultiFieldPanel(
            [
                FieldPanel("late_after_minutes"),
                FieldPanel("present_percent"),
                FieldPanel("finalise_grace_minutes"),
            ],
            heading=_("Attendance policy"),
        ),
    ]
    edit_handler = ObjectList(panels, base_form_class=LiveSessionAdminForm)
