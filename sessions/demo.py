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


#: Three trainees per district, named as in the 2019 lists; the first two of each of
#: the first six districts have checked in, the others are absent so far.
_FAMILY = ["Hoàng", "Lương", "Vi", "Nông", "Lành", "Hà", "Đinh", "Triệu", "Lăng"]
_GIVEN = ["Văn Hải", "Thị Hoa", "Văn Minh", "Thị Lan", "Đức Thắng", "Thị Thu"]
TRAINEES_PER_DISTRICT = 3
CHECKED_IN_DISTRICTS = 6


def _district_agency(name: str) -> str:
    return f"UBND {name[0].lower()}{name[1:]} (năm 2019)"


def _district_trainee(code: str, name: str, number: int):
    index = sum(map(ord, code)) + number
    user, created = get_user_model().objects.update_or_create(
        email=f"hocvien.{code}.{number}@demo.local",
        defaults={
            "full_name": f"{_FAMILY[index % len(_FAMILY)]} "
            f"{_GIVEN[(index // 3 + number) % len(_GIVEN)]}",
            "agency": _district_agency(name),
            "position": "Cán bộ phụ trách thông tin đối ngoại",
            "is_active": True,
        },
    )
    if created:  # no demo login: a name on the list, not an account to try
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@seeder(order=45)
@transaction.atomic
def seed_expected_rosters(log: Callable[[str], None]) -> None:
    """Each district serves its People's Committee; its trainees (and the demo
    trainee, at Cao Lộc) are enrolled, so the agency mapping expects them at their
    district; some have checked in, the rest have not arrived yet (the report's
    absentees once the conference ends)."""
    from datetime import timedelta

    from courses.services import enrolment_create

    from .models import AgencyEndpoint, Attendance, ExpectedAttendee, LiveSession
    from .rosters.names import spaced
    from .rosters.services import expected_from_agencies

    session = LiveSession.objects.filter(title=SEED_SESSION_TITLE).first()
    if session is None or session.attendance_finalised_at is not None:
        return
    users = get_user_model().objects
    course = session.module.get_parent().specific if session.module else None
    trainee = users.filter(email="trainee@demo.local").first()
    checked_in = 0
    for position, (code, name, _address) in enumerate(DISTRICTS):
        endpoint = Endpoint.objects.get(code=code)
        AgencyEndpoint.objects.update_or_create(
            agency_key=spaced(_district_agency(name)),
            defaults={"endpoint": endpoint, "agency": _district_agency(name)},
        )
        people = [
            _district_trainee(code, name, number)
            for number in range(1, TRAINEES_PER_DISTRICT + 1)
        ]
        for number, person in enumerate(people):
            if course is not None:
                enrolment_create(user=person, course=course)
            if position < CHECKED_IN_DISTRICTS and number < 2:
                Attendance.objects.update_or_create(
                    session=session,
                    user=person,
                    defaults={
                        "endpoint": endpoint,
                        "recorded_via": Attendance.RecordedVia.CHECKIN,
                        "checked_in_at": session.starts_at
                        + timedelta(minutes=3 + 4 * number + position),
                        # Today's conference again: nothing final is left over.
                        "status": Attendance.Status.PENDING,
                        "is_manual": False,
                        "minutes_present": 0,
                        "excused_minutes": 0,
                    },
                )
                checked_in += 1
    if trainee is not None:
        ExpectedAttendee.objects.get_or_create(
            session=session,
            user=trainee,
            defaults={
                "endpoint": Endpoint.objects.get(code=MAIN_COORDINATOR_ENDPOINT),
                "source": ExpectedAttendee.Source.ORGANISER,
            },
        )
    organiser = users.get(email="organiser@demo.local")
    expected_from_agencies(by=organiser, session=session)
    log(
        f"Expected rosters: {ExpectedAttendee.objects.filter(session=session).count()}"
        f" people at {len(DISTRICTS)} districts, {checked_in} checked in"
    )
