from django.db import migrations

ROLE_NAMES = ["Trainee", "Lecturer", "Organiser", "Site coordinator"]
#: Roles that work in the Wagtail admin (the CMS, endpoint and session management).
ADMIN_ROLES = ["Lecturer", "Organiser", "Site coordinator"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in ROLE_NAMES:
        group, _ = Group.objects.get_or_create(name=name)
        if access_admin and name in ADMIN_ROLES:
            group.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
