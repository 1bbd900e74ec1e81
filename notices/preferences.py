"""Who wants which notice: every kind is on until the person turns it off."""

from __future__ import annotations

from .models import NoticeKind, NoticePreference


def notice_preference_for(user) -> NoticePreference:
    """The person's saved preference, or an unsaved one with every kind on."""
    preference = NoticePreference.objects.filter(user_id=user.pk).first()
    return preference or NoticePreference(user_id=user.pk)


def notice_wanted(user, kind: NoticeKind | str) -> bool:
    """Whether ``user`` should receive a notice of ``kind`` (and has an address)."""
    if user is None or not user.is_active or not user.email:
        return False
    return notice_preference_for(user).wants(kind)


def notice_opted_out_ids(user_ids, kind: NoticeKind | str) -> set[int]:
    """Of ``user_ids``, those who turned ``kind`` off (one query for a whole list)."""
    field = NoticeKind(kind).value
    return set(
        NoticePreference.objects.filter(
            user_id__in=list(user_ids), **{field: False}
        ).values_list("user_id", flat=True)
    )
