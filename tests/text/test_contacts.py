import time

from safeguarding.text import extract_contacts, extract_emails, extract_handles, extract_urls, fold, normalise


def test_emails_plain_and_spelled() -> None:
    assert extract_emails("write to Anna.B@Example.com") == (["anna.b@example.com"], False)
    assert extract_emails("anna at mail dot com") == (["anna@mail.com"], True)
    assert extract_emails("anna [at] mail [dot] net") == (["anna@mail.net"], True)
    assert extract_emails("rosa arroba correo punto es") == (["rosa@correo.es"], True)
    assert extract_emails("meet me at the station") == ([], False)


def test_handles() -> None:
    assert extract_handles("snap: anna_22 or ig @rosa.lin") == ["snapchat:anna_22", "instagram:rosa.lin"]
    assert extract_handles("follow @luz_77 today") == ["@luz_77"]
    assert extract_handles("mail anna@example.com") == []


def test_urls() -> None:
    assert extract_urls("see www.example.com/ads?id=3 and https://x.io.") == [
        "www.example.com/ads?id=3",
        "https://x.io",
    ]


def test_normalise_removes_hiding_characters() -> None:
    assert normalise("a\u202eb\u200bc\x00d") == "abcd"
    assert normalise("２１２") == "212"
    assert normalise("5\ufe0f\u20e3") == "5"
    assert fold("Recién Llegada") == "recien llegada"
    assert len(fold("Ça va, İstanbul")) == len("Ça va, İstanbul")


def test_contacts_linear_on_at_runs() -> None:
    def cost(n: int) -> float:
        start = time.process_time()
        extract_contacts("x@" * n)
        return time.process_time() - start

    assert cost(150_000) < 40 * max(cost(15_000), 0.02)


def test_platform_names_that_are_ordinary_words_need_a_separator() -> None:
    assert extract_handles("Line bona silobo, signal me later") == []
    assert extract_handles("line: bona") == ["line:bona"]
    assert extract_handles("telegram for details, discord server") == []
