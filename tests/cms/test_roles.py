"""Roles are groups; each holds what it needs and no more."""

from django.contrib.auth.models import Group
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, ModelLogEntry, Page

from cms import roles


def test_the_three_roles_exist_after_migrating(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.CONTACT_PERSONS, roles.TRAINERS, roles.COORDINATORS} <= names


def test_coordinators_may_manage_everything_including_roles(coordinator):
    roles.ensure_roles()
    coordinator.refresh_from_db()
    for perm in (
        "wagtailadmin.access_admin",
        "cms.change_user",
        "auth.change_group",
        "cms.change_district",
        "cms.change_sitesettings",
    ):
        assert coordinator.has_perm(perm), perm
    root = Page.get_first_root_node()
    assert GroupPagePermission.objects.filter(
        group__name=roles.COORDINATORS, page=root, permission__codename="publish_page"
    ).exists()


def test_trainers_reach_the_admin_but_cannot_publish_or_manage_people(trainer):
    roles.ensure_roles()
    assert trainer.has_perm("wagtailadmin.access_admin")
    assert not trainer.has_perm("cms.change_user")
    assert not GroupPagePermission.objects.filter(
        group__name=roles.TRAINERS, permission__codename="publish_page"
    ).exists()


def test_contact_persons_have_no_admin(contact_person, client):
    assert not contact_person.has_perm("wagtailadmin.access_admin")
    client.force_login(contact_person)
    assert client.get("/admin/").status_code == 302


def test_admin_user_form_offers_the_profile_fields(client, coordinator, contact_person):
    roles.ensure_roles()
    client.force_login(coordinator)
    html = client.get(f"/admin/users/edit/{contact_person.pk}/").content.decode()
    assert 'name="display_name"' in html
    assert 'name="district"' in html


def test_log_keeps_actor_and_target(contact_person):
    entry = log(
        instance=contact_person,
        action="account.signup",
        user=contact_person,
        data={"note": "x"},
    )
    assert ModelLogEntry.objects.get() == entry
    assert entry.user == contact_person
    assert entry.object_id == str(contact_person.pk)
    assert entry.data == {"note": "x"}
