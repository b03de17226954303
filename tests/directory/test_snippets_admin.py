"""Directory snippets are managed in the admin with listing, search and filters."""

import pytest

from directory.models import Region


def listing(client, model: str, **params) -> str:
    response = client.get(f"/admin/snippets/directory/{model}/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["region", "agency", "topic", "regulation"])
def test_each_snippet_has_an_admin_listing(admin_client, model):
    assert "<table" in listing(admin_client, model)


@pytest.mark.django_db
def test_region_search_finds_by_name(admin_client):
    body = listing(admin_client, "region", q="Baubau")
    assert "Kota Baubau" in body
    assert "Kabupaten Tuban" not in body


@pytest.mark.django_db
def test_region_filter_by_kind(admin_client):
    body = listing(admin_client, "region", kind="province")
    assert "Provinsi Sulawesi Selatan" in body
    assert "Kota Baubau" not in body


@pytest.mark.django_db
def test_agency_filter_by_region(admin_client):
    baubau = Region.objects.get(slug="kota-baubau")
    body = listing(admin_client, "agency", region=baubau.pk)
    assert "Badan Perencanaan Pembangunan Daerah Kota Baubau" in body
    assert "Badan Perencanaan Pembangunan Daerah Kabupaten Konawe Utara" not in body


@pytest.mark.django_db
def test_regulation_search_by_citation(admin_client):
    body = listing(admin_client, "regulation", q="Permendagri")
    assert "Permendagri 70/2019" in body
    assert "Perpres 95/2018" not in body


@pytest.mark.django_db
def test_directory_menu_is_in_the_admin(admin_client):
    body = admin_client.get("/admin/").content.decode()
    assert "/admin/snippets/directory/region/" in body
    assert "Direktori" in body  # the admin speaks Indonesian too


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_login(client):
    response = client.get("/admin/snippets/directory/region/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_admin_creates_a_region_with_a_unique_code(admin_client):
    data = {"name": "Kabupaten Buton", "short_name": "Buton", "slug": "kab-buton",
            "kind": "regency", "code": "74.04", "timezone": "Asia/Makassar", "parent": ""}
    response = admin_client.post("/admin/snippets/directory/region/add/", data)
    assert response.status_code == 302
    assert Region.objects.filter(slug="kab-buton").exists()
    again = admin_client.post("/admin/snippets/directory/region/add/",
                              {**data, "name": "Duplikat", "slug": "duplikat"})
    assert again.status_code == 200  # the form comes back with the error
    assert not Region.objects.filter(slug="duplikat").exists()
