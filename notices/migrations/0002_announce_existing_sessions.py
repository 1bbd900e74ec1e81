"""Sessions scheduled before notices existed: record what their people know, so the
first change after this release is announced like any other."""

from django.db import migrations


def announce_existing(apps, schema_editor):
    LiveSession = apps.get_model("live_sessions", "LiveSession")
    SessionAnnouncement = apps.get_model("notices", "SessionAnnouncement")
    SessionAnnouncement.objects.bulk_create(
        [
            SessionAnnouncement(
                session_id=session.pk,
                starts_at=session.starts_at,
                ends_at=session.ends_at,
                hub_id=session.hub_id,
                cancelled=session.status == "cancelled",
            )
            for session in LiveSession.objects.all().iterator()
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(announce_existing, migrations.RunPython.noop),
    ]
