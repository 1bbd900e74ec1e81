from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, UpdateView

from .forms import ProfileForm
from .navigation import items_for
from .panels import DASHBOARD, collect_panels
from .roles import user_roles


class HomeView(TemplateView):
    """Greets each role with what it can do here."""

    template_name = "accounts/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["roles"] = sorted(user_roles(user), key=lambda role: role.label)
        context["actions"] = [item for item in items_for(user) if item.description]
        context["panels"] = [
            panel.render(self.request)
            for panel in collect_panels(DASHBOARD, request=self.request)
        ]
        return context


class ProfileView(LoginRequiredMixin, UpdateView):
    template_name = "accounts/profile.html"
    form_class = ProfileForm
    success_url = reverse_lazy("profile")

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        messages.success(self.request, _("Your details have been saved."))
        return super().form_valid(form)
