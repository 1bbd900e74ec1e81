"""Demo logins, one per role; the lecturer is the one from the seed conference."""

from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from .models import User
from .roles import Role
from .seeding import seeder

DEMO_PASSWORD = "taphuan2019"


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    agency: str
    position: str
    role: Role


DEMO_USERS = [
    DemoUser(
        "organiser@demo.local",
        "Hoàng Thu Hà",
        "Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
        "Chuyên viên",
        Role.ORGANISER,
    ),
    DemoUser(
        "lecturer@demo.local",
        "Nguyễn Ngọc Oanh",
        "Học viện Báo chí và Tuyên truyền",
        "Trưởng khoa Quan hệ quốc tế",
        Role.LECTURER,
    ),
    DemoUser(
        "coordinator@demo.local",
        "Vi Văn Thắng",
        "UBND xã Cao Lộc",
        "Chuyên viên Văn phòng HĐND và UBND xã",
        Role.SITE_COORDINATOR,
    ),
    DemoUser(
        "trainee@demo.local",
        "Lương Thị Hồng Nhung",
        "UBND xã Cao Lộc",
        "Chánh Văn phòng HĐND và UBND xã",
        Role.TRAINEE,
    ),
]


def demo_user_ensure(*, spec: DemoUser, password: str = DEMO_PASSWORD) -> User:
    """Create or refresh one demo login with a verified email and exactly its role."""
    user, created = User.objects.update_or_create(
        email=spec.email,
        defaults={
            "full_name": spec.full_name,
            "agency": spec.agency,
            "position": spec.position,
            "is_active": True,
        },
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
    user.groups.set([Group.objects.get(name=spec.role)])
    EmailAddress.objects.update_or_create(
        user=user,
        email=spec.email,
        defaults={"verified": True, "primary": True},
    )
    return user


@seeder(order=10)
@transaction.atomic
def seed_demo_users(log: Callable[[str], None]) -> None:
    for spec in DEMO_USERS:
        demo_user_ensure(spec=spec)
    log(f"Demo users: {len(DEMO_USERS)}")
