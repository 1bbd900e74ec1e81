import pytest

from sessions.jitsi.webhooks import (
    WebhookError,
    jaas_signature,
    jaas_signature_verify,
)

#: The worked example of https://developer.8x8.com/jaas/docs/webhooks-signatures
SECRET = "whsec_9635df66714a4cf088ee9d0979dd3bf6"
T = 1632490060
BODY = (
    b'{"eventType":"PARTICIPANT_JOINED","sessionId":"9a441d60-ceaf-4eba-b0a8-a7d940a76e1b",'
    b'"timestamp":1632490058278,"fqn":"vpaas-magic-cookie-96f0941768964ab380ed0fbada7a502f'
    b'/sampleappromanticshiftsstripas","idempotencyKey":"9e9e7420-562d-4659-8e22-44b9b22aaa49",'
    b'"customerId":"96f0941768964ab380ed0fbada7a502f","appId":"vpaas-magic-cookie-'
    b'96f0941768964ab380ed0fbada7a502f","data":{"avatar":"","name":"Test User",'
    b'"id":"auth0|5f903d7a77f3b4006eb8e67d","participantJid":"fc1ea14a-9bca-4218-a563-'
    b'8c627e803d56@8x8.vc","moderator":true,"email":"test.user@company.com"}}'
)
EXPECTED = "xlzqEojlh4qb21sQpXYsWgyK8x9HVpz+RQldsv18rV0="
HEADER = f"t={T},v1={EXPECTED}"


def verify(header=HEADER, body=BODY, secret=SECRET, now=T + 5, tolerance=300):
    jaas_signature_verify(
        header=header, body=body, secret=secret, now=now, tolerance=tolerance
    )


def test_signature_of_the_worked_example_matches_the_documentation():
    assert jaas_signature(SECRET, T, BODY) == EXPECTED


def test_worked_example_passes_verification():
    verify()


def test_changed_body_is_rejected():
    with pytest.raises(WebhookError) as error:
        verify(body=BODY.replace(b"Test User", b"Test Usex"))
    assert error.value.status == 401


def test_old_timestamp_is_rejected():
    with pytest.raises(WebhookError, match="tolerance"):
        verify(now=T + 301)


def test_wrong_secret_is_rejected():
    with pytest.raises(WebhookError, match="mismatch"):
        verify(secret="whsec_00000000000000000000000000000000")


def test_secret_without_its_whsec_prefix_does_not_match():
    assert jaas_signature(SECRET.removeprefix("whsec_"), T, BODY) != EXPECTED


def test_other_schemes_than_v1_are_ignored():
    with pytest.raises(WebhookError):
        verify(header=f"t={T},v0={EXPECTED}")


def test_a_second_v1_signature_may_match():
    verify(header=f"t={T},v1=AAAA,v1={EXPECTED}")


def test_missing_header_is_rejected():
    with pytest.raises(WebhookError, match="missing"):
        verify(header=None)
