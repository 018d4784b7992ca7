"""Signal handlers of the site package."""

from allauth.account.signals import user_signed_up
from django.dispatch import receiver

from cms import roles
from cms.audit import audit_record


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    audit_record(actor=user, action="account.signup", target=user)
