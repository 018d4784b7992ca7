from django.db import migrations

ROLE_NAMES = ("Ansprechpersonen", "Trainer:innen", "Koordination")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    """Create the three roles; their permissions are synced after every migrate."""

    dependencies = [
        ("cms", "0002_pages_settings_audit"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
