"""The seed conference's sites: the Department's hub and the 11 endpoints of 2019.

The seed re-enacts the conference of 17 October 2019, so its sites keep that day's
names: the Department of Information and Communications (merged into the Department of
Science and Technology on 1 March 2025) and the district People's Committees (district
government ended on 1 July 2025). Each name says it is the 2019 endpoint, so nothing
reads as a body that exists today.
"""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.demo import DemoUser, demo_user_ensure
from accounts.roles import Role
from accounts.seeding import seeder
from config.site_url import site_url

from .models import Endpoint

HUB = (
    "so-tttt",
    "Sở Thông tin và Truyền thông (điểm cầu chính năm 2019)",
    "Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn (địa chỉ năm 2019)",
    80,
)

#: (code, name, address) of the 11 district and city endpoints of 2019, as named then.
DISTRICTS = [
    ("tp-lang-son", "Thành phố Lạng Sơn", "UBND thành phố Lạng Sơn"),
    ("cao-loc", "Huyện Cao Lộc", "UBND huyện Cao Lộc, thị trấn Cao Lộc"),
    ("loc-binh", "Huyện Lộc Bình", "UBND huyện Lộc Bình, thị trấn Lộc Bình"),
    ("dinh-lap", "Huyện Đình Lập", "UBND huyện Đình Lập, thị trấn Đình Lập"),
    ("chi-lang", "Huyện Chi Lăng", "UBND huyện Chi Lăng, thị trấn Đồng Mỏ"),
    ("huu-lung", "Huyện Hữu Lũng", "UBND huyện Hữu Lũng, thị trấn Hữu Lũng"),
    ("bac-son", "Huyện Bắc Sơn", "UBND huyện Bắc Sơn, thị trấn Bắc Sơn"),
    ("binh-gia", "Huyện Bình Gia", "UBND huyện Bình Gia, thị trấn Bình Gia"),
    ("van-quan", "Huyện Văn Quan", "UBND huyện Văn Quan, thị trấn Văn Quan"),
    ("van-lang", "Huyện Văn Lãng", "UBND huyện Văn Lãng, thị trấn Na Sầm"),
    ("trang-dinh", "Huyện Tràng Định", "UBND huyện Tràng Định, thị trấn Thất Khê"),
]

MAIN_COORDINATOR_ENDPOINT = "cao-loc"
#: Appended to every 2019 endpoint's name and address.
LABEL_2019 = " (điểm cầu năm 2019)"
ADDRESS_2019 = " (địa chỉ năm 2019)"


def _coordinator_for(code: str, name: str):
    if code == MAIN_COORDINATOR_ENDPOINT:
        return get_user_model().objects.get(email="coordinator@demo.local")
    return demo_user_ensure(
        spec=DemoUser(
            email=f"dieuphoi.{code}@demo.local",
            full_name=f"Điều phối {name} (2019)",
            agency=f"UBND {name[0].lower()}{name[1:]} (năm 2019)"
            if code != HUB[0]
            else HUB[1],
            position="Điều phối viên điểm cầu",
            role=Role.SITE_COORDINATOR,
        )
    )


@seeder(order=20)
@transaction.atomic
def seed_endpoints(log: Callable[[str], None]) -> None:
    code, name, address, capacity = HUB
    hub, _ = Endpoint.objects.update_or_create(
        code=code,
        defaults={
            "name": name,
            "kind": Endpoint.Kind.HUB,
            "address": address,
            "capacity": capacity,
            "sort_order": 0,
            "is_active": True,
        },
    )
    hub.coordinators.set([_coordinator_for(code, "Sở Thông tin và Truyền thông")])
    for position, (code, name, address) in enumerate(DISTRICTS, start=1):
        endpoint, _ = Endpoint.objects.update_or_create(
            code=code,
            defaults={
                "name": name + LABEL_2019,
                "kind": Endpoint.Kind.SITE,
                "address": address + ADDRESS_2019,
                "capacity": 30,
                "sort_order": position,
                "is_active": True,
            },
        )
        endpoint.coordinators.set([_coordinator_for(code, name)])
    log(f"Endpoints: 1 hub + {len(DISTRICTS)} sites")


SEED_SESSION_TITLE = (
    "Hội nghị trực tuyến tập huấn công tác thông tin đối ngoại năm 2019"
)
#: Expected headcount per endpoint code (the hub seats the Department's guests).
EXPECTED_HEADCOUNTS = {
    "so-tttt": 60,
    "tp-lang-son": 30,
    "cao-loc": 25,
    "loc-binh": 22,
    "dinh-lap": 18,
    "chi-lang": 22,
    "huu-lung": 25,
    "bac-son": 18,
    "binh-gia": 16,
    "van-quan": 18,
    "van-lang": 20,
    "trang-dinh": 20,
}


def _seed_module():
    """The module on spokespersons' speaking skills, if the courses seed made it."""
    from courses.models import ModulePage

    modules = ModulePage.objects.all()
    return (
        modules.filter(title__icontains="phát ngôn").first()
        or modules.filter(slug__icontains="phat-ngon").first()
        or modules.order_by("path").first()
    )


@seeder(order=40)
@transaction.atomic
def seed_live_session(log: Callable[[str], None]) -> None:
    """The seed's conference, scheduled for today so the demo can go live."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import LiveSession, SessionEndpoint

    now = timezone.localtime()
    starts_at = now.replace(minute=0, second=0, microsecond=0) - timedelta(minutes=30)
    ends_at = starts_at + timedelta(hours=4)
    session, created = LiveSession.objects.get_or_create(
        title=SEED_SESSION_TITLE,
        defaults={
            "starts_at": starts_at,
            "ends_at": ends_at,
            "hub": Endpoint.objects.get(code=HUB[0]),
        },
    )
    if not created and session.ends_at > now:
        starts_at, ends_at = session.starts_at, session.ends_at
    elif not created:  # a past day's conference: today's again, from scratch
        session.attendance_finalised_at = session.ended_at = None
        session.attendance_finalisations.all().delete()
        session.end_changes.all().delete()
    session.starts_at, session.ends_at = starts_at, ends_at
    # It has started: the lifecycle job would bring it live within the minute.
    session.status = LiveSession.Status.LIVE
    session.went_live_at = session.went_live_at or starts_at
    session.description = (
        "Tái hiện Hội nghị trực tuyến tập huấn ngày 17/10/2019 do Sở Thông tin và "
        "Truyền thông khi đó tổ chức: kỹ năng phát ngôn, giao tiếp và trả lời phỏng "
        "vấn báo chí; xử lý khủng hoảng truyền thông; nghiệp vụ thông tin đối ngoại "
        "cho báo chí địa phương. Các điểm cầu giữ tên năm 2019 (trước khi Sở hợp nhất "
        "vào Sở Khoa học và Công nghệ ngày 01/3/2025 và cấp huyện kết thúc ngày "
        "01/7/2025)."
    )
    session.presenter = (
        get_user_model().objects.filter(email="lecturer@demo.local").first()
    )
    session.module = _seed_module()
    session.full_clean()
    session.save()
    for position, (code, headcount) in enumerate(EXPECTED_HEADCOUNTS.items()):
        SessionEndpoint.objects.update_or_create(
            session=session,
            endpoint=Endpoint.objects.get(code=code),
            defaults={"expected_headcount": headcount, "sort_order": position},
        )
    log(
        f"Live session: {session.title} (id {session.pk}), "
        f"{timezone.localtime(session.starts_at):%d/%m %H:%M}, "
        f"{len(EXPECTED_HEADCOUNTS)} endpoints. Without Jitsi, bring it to life "
        f"with: manage.py simulate_session {session.pk} --url {site_url()}"
    )
