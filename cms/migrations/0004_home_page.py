from django.db import migrations

HOME_INTRO = (
    "<p>Die Lern- und Austauschplattform für die Ansprechpersonen des Netzwerks "
    "WIR ZUSAMMEN GEMEINSAM STARK.</p>"
)


def create_home_page(apps, schema_editor):
    """Replace Wagtail's welcome page with our home page as the site's root."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("cms", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", numchild=0).delete()
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    locale = Locale.objects.first()
    siblings = Page.objects.filter(depth=2).count()
    home = HomePage.objects.create(
        title="Gemeinsam Stark",
        draft_title="Gemeinsam Stark",
        slug="start",
        content_type=content_type,
        path=f"{root.path}{siblings + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/start/",
        intro=HOME_INTRO,
        body="[]",
        locale=locale,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Gemeinsam Stark"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
