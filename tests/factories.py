"""Factories shared by all test folders."""

import factory
from allauth.account.models import EmailAddress

from cms import roles
from cms.models import District, User

TEST_PASSWORD = "Sicheres-Test-Passwort-1"


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Stadtteil {n}")


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified email address and the contact-person role."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if not create:
            return
        self.save()
        EmailAddress.objects.get_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )
        roles.add_role(self, roles.CONTACT_PERSONS)
        if extracted:
            roles.add_role(self, extracted)
