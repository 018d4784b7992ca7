from tests.events.conftest import calendar_page, venue  # noqa: F401
from tests.learning.conftest import catalogue  # noqa: F401
