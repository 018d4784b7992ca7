"""The three roles as groups, and the permissions each one holds.

The groups are created by a data migration; their permissions are synced after
every ``migrate`` so that models added later are covered too.
"""

from functools import wraps

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q, prefetch_related_objects

from cms import hooks

CONTACT_PERSONS = "Ansprechpersonen"
TRAINERS = "Trainer:innen"
COORDINATORS = "Koordination"
ROLE_NAMES = (CONTACT_PERSONS, TRAINERS, COORDINATORS)

# Apps whose every model permission coordinators hold; the apps above cms add
# themselves through the COORDINATOR_APPS hook.
COORDINATOR_APP_LABELS = (
    "cms",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailforms",
    "taggit",
)
COORDINATOR_EXTRA = (
    ("wagtailadmin", "access_admin"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("auth", "view_group"),
)
TRAINER_PERMISSIONS = (("wagtailadmin", "access_admin"),)
PAGE_PERMISSIONS_COORDINATORS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
# "add" alone lets trainers create pages and edit only the pages they own;
# publishing goes through the review workflow that coordinators approve.
PAGE_PERMISSIONS_TRAINERS = ("add_page",)
COLLECTION_PERMISSIONS_COORDINATORS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
)
COLLECTION_PERMISSIONS_TRAINERS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)


def ensure_roles() -> dict[str, Group]:
    """Create the role groups if missing and give them their permissions."""
    from wagtail.models import Collection, GroupCollectionPermission, Page

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    coordinators, trainers = groups[COORDINATORS], groups[TRAINERS]

    user_model = global_apps.get_model("cms", "User")
    coordinator_perms = Permission.objects.filter(
        Q(
            content_type__app_label__in=[
                *COORDINATOR_APP_LABELS,
                *hooks.collect(hooks.COORDINATOR_APPS),
            ]
        )
        | _codenames(COORDINATOR_EXTRA)
        | Q(
            content_type__app_label="cms",
            content_type__model=user_model._meta.model_name,
        )
    )
    coordinators.permissions.add(*coordinator_perms)
    trainers.permissions.add(
        *Permission.objects.filter(_codenames(TRAINER_PERMISSIONS))
    )

    root_page = Page.get_first_root_node()
    if root_page is not None:
        grant_page_permissions(coordinators, root_page, PAGE_PERMISSIONS_COORDINATORS)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for group, perms in (
            (coordinators, COLLECTION_PERMISSIONS_COORDINATORS),
            (trainers, COLLECTION_PERMISSIONS_TRAINERS),
        ):
            for permission in Permission.objects.filter(_codenames(perms)):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    _route_moderation_to_coordinators(coordinators)
    return groups


def grant_page_permissions(group: Group, page, codenames: tuple[str, ...]) -> None:
    """Give a group the named page permissions on a page and its subtree."""
    from wagtail.models import GroupPagePermission

    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def grant_trainer_pages(page) -> None:
    """Let trainers create (and then edit their own) pages below this page."""
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    grant_page_permissions(trainers, page, PAGE_PERMISSIONS_TRAINERS)


def add_role(user, role: str) -> None:
    """Put a user into one of the role groups."""
    user.groups.add(Group.objects.get_or_create(name=role)[0])


STAFF_ROLES = (TRAINERS, COORDINATORS)


def has_role(user, role: str) -> bool:
    """Tell whether a user belongs to a role (superusers hold every role).

    Staff roles count only where staff powers are allowed (see
    ``staff_powers_allowed``): every staff page, list and action that asks this
    check is closed to a staff session without its second factor.
    """
    if not user.is_authenticated:
        return False
    held = user.is_superuser or role in _role_names(user)
    if held and role in STAFF_ROLES:
        return staff_powers_allowed(user)
    return held


def _role_names(user) -> frozenset[str]:
    """Return the names of the user's groups.

    Kept across requests (cms.memo) until anybody's groups change; without
    kept fragments, read once per user object as a prefetch, so that
    ``user.groups.add()`` and friends clear them and the next check reads
    them again.
    """
    from cms import memo

    prefetched = getattr(user, "_prefetched_objects_cache", {})
    if "groups" not in prefetched and memo.keeps_fragments():
        return memo.fragment(
            f"role-names:{user.pk}",
            lambda: frozenset(user.groups.values_list("name", flat=True)),
        )
    if "groups" not in prefetched:
        prefetch_related_objects([user], "groups")
    return frozenset(group.name for group in user.groups.all())


def staff_powers_allowed(user) -> bool:
    """Tell whether this request may use the staff powers its person holds.

    The request's guard (``cms.middleware.StaffAccessMiddleware``) says no while
    ``REQUIRE_STAFF_MFA`` is on and the session has no confirmed second factor,
    and then leads the person to set one up. Outside a request (tasks, the shell)
    there is no guard and nothing to withhold.
    """
    guard = getattr(user, "staff_guard", None)
    return guard is None or guard.allow()


def second_factor_for_staff(view):
    """Lead people with admin access to their second factor before this view.

    For views whose powers come from more than a role, such as the forum of a
    course a trainer leads. Works on plain views and on page routes alike.
    """

    @wraps(view)
    def wrapper(*args, **kwargs):
        from django.http import HttpRequest

        request = next(arg for arg in args if isinstance(arg, HttpRequest))
        user = request.user
        if (
            user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
            and not staff_powers_allowed(user)
        ):
            return user.staff_guard.lead_to_setup()
        return view(*args, **kwargs)

    return wrapper


def is_coordinator(user) -> bool:
    return has_role(user, COORDINATORS)


def is_trainer(user) -> bool:
    return has_role(user, TRAINERS) or is_coordinator(user)


def sync_role_permissions_handler(sender, app_config=None, **kwargs) -> None:
    """After the last app has migrated (and has its permissions), sync the roles."""
    # post_migrate is sent per app that has models, in INSTALLED_APPS order.
    with_models = [c for c in global_apps.get_app_configs() if c.models_module]
    if app_config is not None and app_config.label == with_models[-1].label:
        ensure_roles()


def _codenames(pairs) -> Q:
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return query


def _route_moderation_to_coordinators(coordinators: Group) -> None:
    """Send Wagtail's default review task to coordinators instead of "Moderators"."""
    from wagtail.models import GroupApprovalTask, Task, Workflow

    # Wagtail's default names, in German (see migration 0011).
    default, german = "Moderators approval", "Freigabe durch die Koordination"
    Workflow.objects.filter(name=default).update(name=german)
    Task.objects.filter(name=default).update(name=german)
    for task in GroupApprovalTask.objects.all():
        if not task.groups.filter(pk=coordinators.pk).exists():
            task.groups.add(coordinators)
