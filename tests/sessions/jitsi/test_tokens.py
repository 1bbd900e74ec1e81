from datetime import UTC, datetime

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from sessions.jitsi.conf import JitsiSettings
from sessions.jitsi.tokens import CLOCK_SKEW_SECONDS, TokenSubject, token_mint

NOW = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
SUBJECT = TokenSubject(
    identity="user:7", name="Lương Thị Hồng Nhung", email="nhung@example.vn"
)


def self_hosted(**overrides) -> JitsiSettings:
    values = {
        "domain": "meet.example.vn",
        "flavour": "self-hosted",
        "app_id": "taphuan",
        "app_secret": "s3cret-for-hs256-tokens-0123456789",
        "kid": "",
        "private_key": "",
        "xmpp_domain": "meet.jitsi",
        "audience": "taphuan",
        "token_ttl_seconds": 1800,
    }
    return JitsiSettings(**{**values, **overrides})


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jaas(rsa_key) -> JitsiSettings:
    pem = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return self_hosted(
        domain="8x8.vc",
        flavour="jaas",
        kid="vpaas-magic-cookie-0123456789abcdef0123456789abcdef/4f4910",
        private_key=pem,
    )


def decode_hs(token: str, config: JitsiSettings) -> dict:
    return jwt.decode(
        token,
        config.app_secret,
        algorithms=["HS256"],
        audience=config.audience,
        options={"verify_exp": False, "verify_nbf": False},
    )


def test_self_hosted_token_is_hs256_with_typ_jwt():
    config = self_hosted()
    header = jwt.get_unverified_header(
        token_mint(room_name="taphuan-abc", subject=SUBJECT, config=config, now=NOW)
    )
    assert header == {"alg": "HS256", "typ": "JWT"}


def test_self_hosted_token_claims_follow_prosody_token_auth():
    config = self_hosted()
    claims = decode_hs(
        token_mint(room_name="taphuan-abc", subject=SUBJECT, config=config, now=NOW),
        config,
    )
    stamp = int(NOW.timestamp())
    assert claims["iss"] == "taphuan"
    assert claims["aud"] == "taphuan"
    assert claims["sub"] == "meet.jitsi"
    assert claims["room"] == "taphuan-abc"
    assert claims["nbf"] == stamp - CLOCK_SKEW_SECONDS
    assert claims["exp"] == stamp + 1800
    assert isinstance(claims["nbf"], int) and isinstance(claims["exp"], int)


def test_self_hosted_token_carries_the_user_in_context():
    config = self_hosted()
    claims = decode_hs(
        token_mint(room_name="r", subject=SUBJECT, config=config, now=NOW), config
    )
    assert claims["context"]["user"] == {
        "id": "user:7",
        "name": "Lương Thị Hồng Nhung",
        "email": "nhung@example.vn",
        "avatar": "",
        "moderator": False,
    }


def test_token_is_moderator_only_when_the_subject_is():
    config = self_hosted()
    presenter = TokenSubject(identity="user:1", name="Oanh", moderator=True)
    claims = decode_hs(
        token_mint(room_name="r", subject=presenter, config=config, now=NOW), config
    )
    assert claims["context"]["user"]["moderator"] is True


def test_token_fails_verification_with_another_secret():
    token = token_mint(room_name="r", subject=SUBJECT, config=self_hosted(), now=NOW)
    with pytest.raises(jwt.InvalidSignatureError):
        decode_hs(token, self_hosted(app_secret="another-secret-0123456789-abcdef"))


def test_token_is_expired_after_its_lifetime():
    config = self_hosted(token_ttl_seconds=60)
    token = token_mint(room_name="r", subject=SUBJECT, config=config, now=NOW)
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(token, config.app_secret, algorithms=["HS256"], audience="taphuan")


def test_jaas_token_is_rs256_with_the_key_id(rsa_key):
    config = jaas(rsa_key)
    header = jwt.get_unverified_header(
        token_mint(room_name="r", subject=SUBJECT, config=config, now=NOW)
    )
    assert header == {
        "alg": "RS256",
        "typ": "JWT",
        "kid": "vpaas-magic-cookie-0123456789abcdef0123456789abcdef/4f4910",
    }


def test_jaas_token_claims_follow_the_8x8_documentation(rsa_key):
    config = jaas(rsa_key)
    token = token_mint(
        room_name="taphuan-abc",
        subject=TokenSubject(identity="user:1", name="Oanh", moderator=True),
        config=config,
        now=NOW,
    )
    claims = jwt.decode(
        token,
        rsa_key.public_key(),
        algorithms=["RS256"],
        audience="jitsi",
        options={"verify_exp": False, "verify_nbf": False},
    )
    assert claims["iss"] == "chat"
    assert claims["sub"] == "vpaas-magic-cookie-0123456789abcdef0123456789abcdef"
    assert claims["room"] == "taphuan-abc"
    assert claims["exp"] == int(NOW.timestamp()) + 1800
    assert claims["context"]["user"]["moderator"] == "true"
    assert claims["context"]["user"]["id"] == "user:1"


def test_jaas_iframe_room_name_is_prefixed_with_the_app_id(rsa_key):
    config = jaas(rsa_key)
    assert config.iframe_room_name("taphuan-abc") == (
        "vpaas-magic-cookie-0123456789abcdef0123456789abcdef/taphuan-abc"
    )
    assert config.external_api_url() == (
        "https://8x8.vc/vpaas-magic-cookie-0123456789abcdef0123456789abcdef"
        "/external_api.js"
    )


def test_video_is_not_configured_without_a_domain():
    assert not self_hosted(domain="").is_configured
