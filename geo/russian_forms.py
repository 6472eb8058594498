"""Russian spellings of the settlements table's Ukrainian names, derived at load time from the committed CSV.

Russian-language reports name Ukrainian villages in their Russian form: Максимильяновка for Максимільянівка,
Андреевка for Андріївка, Средний Бурлук for Середній Бурлук, Осиново for Осинове, Новоселовка Первая for
Новоселівка Перша.  Guessing the Ukrainian name from the Russian one branches at every е, и and о; the other way
round is regular.  Every Ukrainian name is spelt the Russian way by the correspondences of the two spellings
(:func:`russian_forms`): і is е, и or о (Сіверськ: Северск, Оріхів: Орехов, Кучерівка: Кучеровка), ї is е after
a vowel or an apostrophe (Миколаївка: Николаевка, Дар'ївка: Дарьевка), є is е, the suffix -івка is -овка or
-евка, a neuter adjective's -е is -ое (Веселе: Веселое), -ове -ово (Осинове: Осиново), a feminine -а -ая
(Велика: Великая), a plural -і -ие (Вовчанські Хутори: Волчанские Хутора), the ordinals and a few words are
translated (Перша: Первая, Середній: Средний, Червоне: Красное, Олександрівка: Александровка).  The forms are
folded (:func:`russian_key`: ё, э and є are е, ы is и, no soft sign or apostrophe) and indexed by oblast.

A Russian name then finds its village by its key in one oblast (:func:`find_russian`).  The key is only as good
as the oblast it is asked in: the same Russian form can come from two villages of one oblast (Степное from
Степне, and from Степове by translation), and then every one is returned, for the caller to refuse.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from geo.settlements import Settlement, load_settlements

_FOLD = str.maketrans({"ё": "е", "э": "е", "є": "е", "ы": "и", "ґ": "г", "-": " ", "‐": " ", "–": " "})
_DROP = re.compile(r"[ьъ'’ʼ`]")

# Words Russian translates rather than respells (the stem as the Ukrainian name has it, and the Russian one's);
# matched at a word's start.  Both spellings are kept: "Степове" may be Степовое as well as Степное.
_TRANSLATED = (
    ("червоно", "красно"),
    ("червон", "красн"),
    ("середн", "средн"),
    ("перш", "перв"),
    ("друг", "втор"),
    ("залізничн", "железнодорожн"),
    ("чарівн", "волшебн"),
    ("сонячн", "солнечн"),
    ("жовт", "желт"),
    ("чорн", "черн"),
    ("степов", "степн"),
    ("радісн", "радостн"),
    ("щаслив", "счастлив"),
    ("глибок", "глубок"),
    ("вільх", "ольх"),
    ("вільш", "ольш"),
    ("хутори", "хутора"),
    ("велик", "больш"),
    # the four quarters: Північне is Северное, Південне Южное, Східне Восточное, Західне Западное
    ("північн", "северн"),
    ("південн", "южн"),
    ("східн", "восточн"),
    ("західн", "западн"),
    ("гостр", "остр"),  # Гостре: Острое (the г Ukrainian puts before о, as the в before у)
    ("ганн", "анн"),  # Ганнівка: Анновка (the same г before a first name)
    ("дворіч", "двуреч"),  # Дворічна: Двуречная
    ("залізн", "железн"),  # Залізне: Железное (Залізничне's "Железнодорожное" above)
    ("польов", "полев"),  # Польове: Полевое
    ("яблун", "яблон"),  # Яблунівка: Яблоновка
    ("тернув", "тернов"),  # Тернувате: Терноватое
    ("таврійськ", "таврическ"),  # Таврійське: Таврическое
    ("перемог", "побед"),  # Перемога: Победа
)
# Stems respelt the same way wherever they stand in a word (Новомиколаївка: Новониколаевка).
_RESPELT = (
    ("олександр", "александр"),
    ("олекс", "алекс"),  # Олексіївка: Алексеевка, Новоолексіївка: Новоалексеевка
    ("катерин", "екатерин"),  # Катеринівка: Екатериновка, Новокатеринівка: Новоекатериновка
    ("микит", "никит"),  # Микитівка: Никитовка
    ("опанас", "афанас"),  # Опанасівка: Афанасьевка
    ("микол", "никол"),
    ("костянтин", "константин"),
    ("кам'ян", "камен"),
    ("кам’ян", "камен"),
    ("вовч", "волч"),
    ("ннів", "нов"),  # Ганнівка: Гановка, Ганновка
    ("козац", "казац"),  # Козацьке: Казацкое (an unstressed о)
    ("козач", "казач"),  # Козача Лопань: Казачья Лопань
)
_MAX_FORMS = 256


def russian_key(name: str) -> str:
    """A name folded for the Russian index: lower case, ё/э/є as е, ы as и, no soft sign, apostrophe or dash, and a
    doubled consonant as one (Russian keeps a loanword's double that Ukrainian drops: Прогресс for Прогрес, Одесса
    for Одеса)."""
    text = _DROP.sub("", str(name).lower().translate(_FOLD))
    text = re.sub(r"([бвгджзклмнпрстфхцчшщ])\1", r"\1", text)
    # a consonant Russian writes and Ukrainian, spelling as it sounds, drops or merges: Переездное for Переїзне,
    # Радостное for Радісне, Песчаное for Піщане
    text = text.replace("здн", "зн").replace("стн", "сн").replace("сч", "щ")
    return re.sub(r"\s+", " ", text).strip()


def _word_stems(word: str) -> list[str]:
    """The word with its translated or respelt stems (the word itself first)."""
    stems = [word]
    if word.startswith("ву"):
        stems.append(word[1:])  # the в Ukrainian puts before a word's у: Вузловий: Узловой, Вугледар: Угледар
    for ukrainian, russian in _RESPELT:
        stems += [s.replace(ukrainian, russian) for s in stems if ukrainian in s]
    for ukrainian, russian in _TRANSLATED:
        stems += [russian + s[len(ukrainian) :] for s in stems if s.startswith(ukrainian)]
    return list(dict.fromkeys(stems))


def _endings(word: str) -> list[str]:
    """The word with the Russian endings its Ukrainian ending may have (the word itself first)."""
    forms = [word]
    if re.search(r"[іїи]вка$", word):
        forms += [word[:-4] + "овка", word[:-4] + "евка"]  # Кучерівка: Кучеровка; Андріївка: Андреевка
    if re.search(r"[оеє]ве$", word):
        forms += [word[:-1] + "о", word[:-1] + "ое"]  # Осинове: Осиново, Берестове: Берестовое
    elif re.search(r"[^аеєиіїоуюя]е$", word):
        forms.append(word[:-1] + "ое")  # Веселе: Веселое, Острівське: Островское (the key drops ь)
    if word.endswith("ій"):
        forms.append(word[:-2] + "ий")  # Середній: Средний
    elif word.endswith("ий"):
        forms.append(word[:-2] + "ой")  # Лозовий: Лозовой
    if re.search(r"[^аеєиіїоуюя]а$", word):
        forms.append(word + "я")  # Велика: Великая, Дворічна: Дворечная
    if re.search(r"[^аеєиіїоуюя]і$", word):
        forms.append(word[:-1] + "ие")  # Вовчанські: Волчанские
    if re.search(r"(?:(\w)\1|['’])я$", word):
        forms.append(re.sub(r"(?:(\w)\1|['’])я$", lambda m: (m.group(1) or "") + "е", word))  # Криворіжжя
    if word.endswith("ів"):
        forms.append(word[:-2] + "ов")  # Оріхів: Орехов
    return forms


def _vowels(word: str) -> list[str]:
    """The word with each і as е, и or о and each ї as е or и (ї after a vowel or apostrophe is "йі")."""
    slots = []
    for position, letter in enumerate(word):
        if letter == "і" and position == 0:
            # a word's first і is Russian и (Ізюм: Изюм, Ігорівка: Игоревка), never the е or о of a closed syllable,
            # so "Егоровка" is Єгорівка alone, not Ігорівка too
            slots.append(("и",))
        elif letter == "і":
            slots.append(("е", "и", "о"))
        elif letter == "ї":
            slots.append(("е", "и"))
        else:
            slots.append((letter,))
    return ["".join(choice) for choice in itertools.islice(itertools.product(*slots), _MAX_FORMS)]


def russian_forms(name_uk: str) -> set[str]:
    """Russian spellings of a Ukrainian settlement name, folded by :func:`russian_key`.

    Examples
    --------
    >>> {"максимильяновка", "андреевка"} <= russian_forms("Максимільянівка") | russian_forms("Андріївка")
    True
    >>> "новоселовка первая" in russian_forms("Новоселівка Перша")
    True
    """
    per_word = []
    for word in str(name_uk).lower().replace("ʼ", "'").replace("’", "'").replace("-", " ").split():
        forms: list[str] = []
        for stem in _word_stems(word):
            for ending in _endings(stem):
                forms += _vowels(ending)
        per_word.append(list(dict.fromkeys(russian_key(f) for f in forms))[:_MAX_FORMS])
    if not per_word:
        return set()
    return {" ".join(p) for p in itertools.islice(itertools.product(*per_word), _MAX_FORMS * 4)}


@lru_cache(maxsize=4096)
def russian_unit_stems(stem_uk: str) -> frozenset[str]:
    """The Russian spellings of a hromada's or raion's stem ("марїн" -> марин, марен, ...), for telling whether a
    Russian adjective ("Марьинской") names it."""
    return frozenset(russian_forms(stem_uk))


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], list[int]]:
    table = load_settlements().table
    index: dict[tuple[str, str], list[int]] = {}
    for row, (name_uk, oblast) in enumerate(zip(table.name_uk, table.oblast_iso)):
        for form in russian_forms(name_uk):
            rows = index.setdefault((oblast, form), [])
            if row not in rows:
                rows.append(row)
    return index


@lru_cache(maxsize=1)
def _oblasts() -> tuple[str, ...]:
    return tuple(sorted(set(load_settlements().table.oblast_iso)))


def find_russian(name: str, oblast_iso: str | None = None) -> list[Settlement]:
    """The settlements whose Ukrainian name has ``name`` (a Russian nominative) among its Russian spellings, in
    one oblast or, without one, in any; several names when the form is ambiguous there.

    Examples
    --------
    >>> sorted({s.name_uk for s in find_russian("Максимильяновка", "UA-14")})
    ['Максимільянівка']
    """
    key = russian_key(name)
    settlements = load_settlements()
    oblasts = [oblast_iso] if oblast_iso else _oblasts()
    found = [settlements.at(r) for iso in oblasts for r in _index().get((iso, key), [])]
    # a name some village has as its own (Красне, Лісняки) is that village, never another's Russian spelling
    # (Червоне's "Красное", Лисняки's "Лесняки")
    own = [s for s in found if russian_key(s.name_uk) == key]
    return own or found
