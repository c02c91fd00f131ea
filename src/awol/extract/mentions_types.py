"""The records of the sentence level: a :class:`Mention` (one trigger in one sentence, with
the arguments the sentence gives it) and the sentence classifier's :class:`Verdict` of a sentence.
Read by :mod:`awol.extract.mentions` (which makes them) and by the document level."""

from __future__ import annotations

from dataclasses import dataclass, field

from awol.extract.attribution import Source
from awol.extract.dates import DateMention
from awol.extract.lexicon import Trigger
from awol.extract.places import PlaceMention
from awol.extract.sentences import Sentence


@dataclass
class Mention:
    type: str
    trigger: Trigger
    start: int  # trigger offsets within the sentence
    end: int
    sentence: Sentence
    date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    count: int | None = None
    count_qualifier: str | None = None
    count_from: str | None = None  # "number" | "names" | "singular" | "anaphora" | "rest"
    companion: bool = False  # one man and one comrade: "fled together with a fellow soldier"
    who: str | None = None
    names: list[str] = field(default_factory=list)
    armed: bool | None = None
    source: Source | None = None
    additive: bool = False
    plural_anaphora: bool = False
    place_from_source: bool = False
    there: bool = False  # "Там его и задержали", "he was detained there"
    prob: float | None = None  # the sentence classifier's probability of this type here
    sole: bool = True  # the only event type its sentence reports (the sentence is about it)
    background: bool = False  # told as the background of another type, the classifier doubting
    # the news of a sentence that tells other types only in relative clauses about its people
    # ("задержали военного, который сбежал из части": the detention; evidence criterion "main")
    main: bool = False
    # told in a verbless heading line (story_filters.verbless_heading): it joins an event told
    # otherwise, and makes none alone (story_filters.labels_only)
    label: bool = False
    # a noun of the type after "the"/"his" ("the defection", "his escape"): the happening told
    # elsewhere, referred to again (joins it as a background mention does)
    anaphoric: bool = False
    ongoing: bool = False  # a search told as going on ("поиски продолжаются"): the one reported
    retold: bool = False  # "two more" told again right after: the happening of an earlier mention
    # "another mobilized soldier", "in a separate case": someone else's happening, not the one
    # told before (joins no earlier event but one naming the same person)
    another: bool = False
    # "Двое из них ушли с оружием": a part of the group told before (a detail of its flight)
    part: bool = False
    # "Напомним, ...", "Как сообщалось ранее, ...": the sentence retells what the article told
    recap: bool = False
    # the roundup item it is told in: the number of its paragraph where a place heads that
    # paragraph ("Пермский край. Военный следственный отдел ..."), else None (merging.compatible)
    item: int | None = None
    # "Он покинул позиции под Бахмутом": the one just told, by a pronoun (not "снова", "вновь")
    same_person: bool = False
    # "the fugitives killed a guard and left the unit in several groups": the group just told,
    # by a definite noun or "they" before the trigger, with no count of its own (merging.py)
    same_group: bool = False
    # "Petrov was tried too. He received ...": the one person the sentence before names, where the
    # mention's subject is a singular pronoun and it names no one (extract/merging.py referent)
    referent: str | None = None
    # "дезертировали десятки его сослуживцев", "several soldiers fled": a group whose size is not
    # said (``vague`` in lang/*/numbers.yaml), never one person's happening
    vague_group: bool = False
    term: int | None = None  # a verdict's penalty in months ("to five years": 60), where stated
    # the kind of that penalty where its clause tells it ("suspended", "real": a prison
    # term); a suspended term and a term behind bars are two verdicts (extract/terms.py term_kind)
    term_kind: str | None = None

    @property
    def weight(self) -> float:
        return self.trigger.weight


@dataclass
class Verdict:
    """The sentence classifier's reading of one sentence (see :mod:`awol.extract.classifier`):
    the probability of each event type, the cue word of each type, and the model's thresholds."""

    probs: dict[str, float]
    cues: dict
    found: list  # the trigger patterns that match the sentence (found once, for both readers)
    recover: float
    confirm: float
    veto: float
    lemma: float = 0.4
    blocked: dict = field(
        default_factory=dict
    )  # (type, start, end) -> trigger_blocks.blocked, as read once
    # the type the document level rescues in this sentence (an article the models read as a
    # story of that type, from which nothing was extracted): taken as said whatever its
    # probability (:mod:`awol.extract.rescue`)
    rescue: str | None = None

    def accepts_lemma(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.lemma or etype == self.rescue

    def says(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.confirm or etype == self.rescue

    def denies(self, etype: str) -> bool:
        return self.probs.get(etype, 1.0) < self.veto and etype != self.rescue
