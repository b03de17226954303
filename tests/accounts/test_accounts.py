"""Accounts: sign in (username, NIP or email), sign out, passwords, self sign-up."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from directory.models import Agency, Participant, Region
from directory.roles import COORDINATOR, PARTICIPANT
from directory.services import participant_create

User = get_user_model()
PASSWORD = "Kunjungan-Belajar-2026"
NIP = "198503122010011004"


@pytest.fixture
def konut(db) -> Region:
    return Region.objects.get(slug="kab-konawe-utara")


@pytest.fixture
def asn(konut) -> Participant:
    """An ASN who signed up with NIP and email: the username is the NIP."""
    return participant_create(
        full_name="Sitti Rahma, S.E.", region=konut, nip=NIP, email="sitti@contoh.test",
        agency=Agency.objects.get(region=konut, acronym="Bappeda"), password=PASSWORD,
    )


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def sign_in(client, username, password=PASSWORD):
    return client.post("/akun/masuk/", {"username": username, "password": password})


def error_codes(response, field="__all__") -> list[str]:
    return [error.code for error in response.context["form"].errors.as_data().get(field, [])]


@pytest.mark.django_db
def test_sign_in_with_a_username(client):
    user = User.objects.create_user(username="budi.santoso", password=PASSWORD)
    response = sign_in(client, "budi.santoso")
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(user.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("typed", [NIP, "19850312 201001 1 004", "19850312.201001.1.004"])
def test_sign_in_with_the_nip_as_username(client, asn, typed):
    response = sign_in(client, typed)
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(asn.user.pk)


@pytest.mark.django_db
def test_sign_in_with_the_email_in_any_case(client, asn):
    response = sign_in(client, "Sitti@Contoh.TEST")
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(asn.user.pk)


@pytest.mark.django_db
def test_signing_in_lands_on_the_dashboard_then_my_courses(client, asn):
    response = sign_in(client, NIP)
    assert response["Location"] == "/saya/"
    assert client.get("/saya/")["Location"] == "/kursus-saya/"


@pytest.mark.django_db
def test_signing_in_goes_on_to_the_next_page(client, asn):
    response = client.post("/akun/masuk/?next=/profil/ubah/",
                           {"username": NIP, "password": PASSWORD, "next": "/profil/ubah/"})
    assert response["Location"] == "/profil/ubah/"


@pytest.mark.django_db
@pytest.mark.parametrize("username", [NIP, "sitti@contoh.test", "nobody@contoh.test", "x"])
def test_a_wrong_password_shows_an_error_and_does_not_sign_in(client, asn, username):
    response = sign_in(client, username, "not-the-password")
    assert response.status_code == 200
    assert error_codes(response) == ["invalid_login"]
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_an_empty_form_is_refused_with_field_errors(client):
    response = client.post("/akun/masuk/", {})
    assert response.status_code == 200
    assert error_codes(response, "username") == ["required"]
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_a_signed_in_visitor_of_the_sign_in_page_goes_on(client, asn):
    client.force_login(asn.user)
    assert client.get("/akun/masuk/").status_code == 302
    # even when ?next= points back at the sign-in page (no redirect loop, no error)
    assert client.get("/akun/masuk/?next=/akun/masuk/")["Location"] == "/saya/"


@pytest.mark.django_db
def test_sign_out_is_a_post(client, asn):
    client.force_login(asn.user)
    assert client.get("/akun/keluar/").status_code == 405
    assert signed_in_user_id(client) is not None
    response = client.post("/akun/keluar/")
    assert response.status_code == 302
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_the_header_offers_sign_in_or_the_account_menu(client, asn):
    body = client.get("/akun/masuk/").content.decode()
    assert 'href="/akun/masuk/"' in body
    client.force_login(asn.user)
    body = client.get("/profil/").content.decode()
    assert 'action="/akun/keluar/"' in body
    assert 'href="/profil/"' in body
    assert 'href="/delegasi/"' not in body  # participants manage no delegations


@pytest.mark.django_db
def test_password_change(client, asn):
    client.force_login(asn.user)
    assert client.get("/akun/kata-sandi/").status_code == 200
    response = client.post("/akun/kata-sandi/", {
        "old_password": PASSWORD, "new_password1": "Sulawesi-Tenggara-77",
        "new_password2": "Sulawesi-Tenggara-77",
    })
    assert response["Location"] == "/akun/kata-sandi/selesai/"
    asn.user.refresh_from_db()
    assert asn.user.check_password("Sulawesi-Tenggara-77")


@pytest.mark.django_db
def test_password_change_needs_the_old_password(client, asn):
    client.force_login(asn.user)
    response = client.post("/akun/kata-sandi/", {
        "old_password": "wrong", "new_password1": "Sulawesi-Tenggara-77",
        "new_password2": "Sulawesi-Tenggara-77",
    })
    assert response.status_code == 200
    assert error_codes(response, "old_password") == ["password_incorrect"]
    asn.user.refresh_from_db()
    assert asn.user.check_password(PASSWORD)


@pytest.mark.django_db
def test_password_change_needs_a_sign_in(client):
    response = client.get("/akun/kata-sandi/")
    assert response.status_code == 302
    assert response["Location"].startswith("/akun/masuk/?next=")


def reset_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/akun/reset/\S+/)", message.body).group(1)


@pytest.mark.django_db
def test_password_reset_by_email_sets_a_new_password(client, asn):
    response = client.post("/akun/reset/", {"email": "SITTI@contoh.test"})
    assert response["Location"] == "/akun/reset/terkirim/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sitti@contoh.test"]
    form_url = client.get(reset_link(mail.outbox[0]))["Location"]  # token moved to session
    assert client.get(form_url).status_code == 200
    response = client.post(form_url, {"new_password1": "Baubau-Sinergo-2016",
                                      "new_password2": "Baubau-Sinergo-2016"})
    assert response["Location"] == "/akun/reset/selesai/"
    assert sign_in(client, "sitti@contoh.test", "Baubau-Sinergo-2016").status_code == 302


@pytest.mark.django_db
def test_password_reset_email_is_indonesian_by_default(client, asn):
    client.post("/akun/reset/", {"email": "sitti@contoh.test"})
    message = mail.outbox[0]
    assert reset_link(message)
    assert NIP in message.body  # the username is named, so people know how to sign in
    assert "\n" not in message.subject


@pytest.mark.django_db
def test_a_person_added_without_password_sets_one_by_email(client, konut):
    person = participant_create(full_name="La Ode Ahmad", region=konut,
                                email="laode@contoh.test")
    assert not person.user.has_usable_password()
    client.post("/akun/reset/", {"email": "laode@contoh.test"})
    assert len(mail.outbox) == 1
    form_url = client.get(reset_link(mail.outbox[0]))["Location"]
    client.post(form_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert sign_in(client, "laode@contoh.test").status_code == 302


@pytest.mark.django_db
def test_password_reset_for_an_unknown_email_sends_nothing_and_tells_nothing(client):
    response = client.post("/akun/reset/", {"email": "siapa@contoh.test"})
    assert response["Location"] == "/akun/reset/terkirim/"
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_broken_reset_link_shows_a_page_not_an_error(client, asn):
    response = client.get("/akun/reset/MQ/bad-token/")
    assert response.status_code == 200
    assert response.context["validlink"] is False


def register_data(konut, **changes) -> dict:
    data = {
        "full_name": "Wa Ode Nurhayati, S.Kom.", "email": "nurhayati@contoh.test",
        "nip": "19900115 201503 2 001", "region": konut.pk,
        "agency": Agency.objects.get(region=konut, acronym="Diskominfo").pk,
        "password1": PASSWORD, "password2": PASSWORD,
    }
    return {**data, **changes}


@pytest.mark.django_db
def test_register_creates_a_participant_only_account_and_signs_in(client, konut):
    response = client.post("/akun/daftar/", register_data(konut))
    assert response["Location"] == "/profil/"
    user = User.objects.get(email="nurhayati@contoh.test")
    assert list(user.groups.values_list("name", flat=True)) == [PARTICIPANT]
    assert not user.is_staff and not user.is_superuser
    assert user.participant.nip == "199001152015032001"
    assert user.participant.region == konut
    assert user.participant.agency.acronym == "Diskominfo"
    assert signed_in_user_id(client) == str(user.pk)
    assert client.get("/profil/").status_code == 200


@pytest.mark.django_db
def test_register_cannot_ask_for_a_role(client, konut):
    client.post("/akun/daftar/", register_data(konut, groups=COORDINATOR, is_staff="on"))
    user = User.objects.get(email="nurhayati@contoh.test")
    assert set(user.groups.values_list("name", flat=True)) == {PARTICIPANT}
    assert not user.is_staff


@pytest.mark.django_db
@pytest.mark.parametrize("bad_nip, code", [
    ("12345", "nip_format"),
    ("198513122010011004", "nip_birth_date"),
    ("198503122010131004", "nip_appointment"),
    ("198503121980011004", "nip_appointment"),
    ("198503122010013004", "nip_sex"),
])
def test_register_refuses_a_bad_nip_and_stores_nothing(client, konut, bad_nip, code):
    users, people = User.objects.count(), Participant.objects.count()
    response = client.post("/akun/daftar/", register_data(konut, nip=bad_nip))
    assert response.status_code == 200
    assert error_codes(response, "nip") == [code]
    assert (User.objects.count(), Participant.objects.count()) == (users, people)
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_register_refuses_an_agency_of_another_region(client, konut):
    malut_bappeda = Agency.objects.get(region__slug="prov-maluku-utara", acronym="Bappeda")
    response = client.post("/akun/daftar/", register_data(konut, agency=malut_bappeda.pk))
    assert response.status_code == 200
    assert error_codes(response, "agency") == ["agency_region"]
    assert not User.objects.filter(email="nurhayati@contoh.test").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("changes, field, code", [
    ({"nip": NIP}, "nip", "nip_taken"),
    ({"email": "SITTI@contoh.test"}, "email", "email_taken"),
])
def test_register_refuses_a_nip_or_email_in_use(client, konut, asn, changes, field, code):
    users = User.objects.count()
    response = client.post("/akun/daftar/", register_data(konut, **changes))
    assert response.status_code == 200
    assert error_codes(response, field) == [code]
    assert User.objects.count() == users


@pytest.mark.django_db
@pytest.mark.parametrize("changes, field, code", [
    ({"password2": "something-else-2026"}, "password2", "password_mismatch"),
    ({"password1": "12345678", "password2": "12345678"}, "password2", "password_too_common"),
    ({"email": "not-an-email"}, "email", "invalid"),
    ({"region": ""}, "region", "required"),
    ({"email": "o'brien@contoh.test", "nip": ""}, "email", "email_unusable"),
    ({"email": ("x" * 150) + "@contoh.test", "nip": ""}, "email", "email_unusable"),
])
def test_register_explains_other_mistakes(client, konut, changes, field, code):
    response = client.post("/akun/daftar/", register_data(konut, **changes))
    assert response.status_code == 200
    assert code in error_codes(response, field)
    assert not User.objects.filter(email="nurhayati@contoh.test").exists()


@pytest.mark.django_db
def test_register_without_nip_uses_the_email_as_username(client, konut):
    client.post("/akun/daftar/", register_data(konut, nip="", agency=""))
    user = User.objects.get(email="nurhayati@contoh.test")
    assert user.username == "nurhayati@contoh.test"
    assert user.participant.nip == "" and user.participant.agency is None


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/akun/masuk/", "/akun/daftar/", "/akun/reset/"])
def test_account_pages_are_indonesian_by_default(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert response["Content-Language"] == "id"
    assert 'lang="id"' in response.content.decode()


@pytest.mark.django_db
def test_dashboard_needs_a_sign_in(client):
    response = client.get("/saya/")
    assert response["Location"] == "/akun/masuk/?next=/saya/"


@pytest.mark.django_db
def test_a_nip_added_after_signing_up_with_email_also_signs_in(client, konut):
    from directory.services import participant_update

    person = participant_create(full_name="La Ode Hamid", region=konut,
                                email="hamid@contoh.test", password=PASSWORD)
    assert person.user.username == "hamid@contoh.test"
    participant_update(participant=person, nip="19900101 201501 1 002")
    assert sign_in(client, "199001012015011002").status_code == 302
    assert signed_in_user_id(client) == str(person.user.pk)


@pytest.mark.django_db
def test_an_email_that_cannot_be_a_username_is_refused_with_a_code(konut):
    from lms.errors import DomainError

    with pytest.raises(DomainError) as refused:
        participant_create(full_name="Terlalu Panjang", region=konut,
                           email=("a" * 150) + "@contoh.test")
    assert refused.value.code == "email_unusable"
    assert not User.objects.filter(email__startswith="aaaa").exists()
