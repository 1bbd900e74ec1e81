from django import forms
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Endpoint


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
    ]
