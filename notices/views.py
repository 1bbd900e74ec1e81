from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import UpdateView

from .forms import NoticePreferenceForm
from .preferences import notice_preference_for


class NoticePreferenceView(LoginRequiredMixin, UpdateView):
    """Anyone signed in chooses which notices they receive (their own only)."""

    template_name = "notices/preferences.html"
    form_class = NoticePreferenceForm
    success_url = reverse_lazy("notice_preferences")

    def get_object(self, queryset=None):
        return notice_preference_for(self.request.user)

    def form_valid(self, form):
        messages.success(self.request, _("Your email notice choices have been saved."))
        return super().form_valid(form)
