//! The form's sections: the quiz itself, its sources, habits (with their score ranges and advice), statements and styles (with their rules).

use leptos::prelude::*;

use super::controls::{
    item_name, statement_choices, AddButton, FlagField, HabitField, ItemProblems, ItemTools,
    NumberField, RefsField, SourcesField, TestField, TextField, TextList,
};
use super::editor::{dom_id, use_editor};
use crate::app::shared::i18n::use_lang;
use crate::app::tools::context::texts::{use_checker_texts, use_editor_texts};
use crate::core::catalogue::fill;
use crate::core::catalogue::{all_keys, english, Texts};
use crate::core::draft::{
    AdviceKey, BandKey, ConditionKey, DimensionKey, Edit, Field, Item, List, PatternKey,
    QuestionKey, QuizKey, ReflectionKey, SourceKey, Value,
};
use crate::core::quiz::Situation;

/// The items of `list`, each drawn by `item` from its position; keyed by
/// position, as every field reads its item through its position.
fn items<V: IntoView + 'static>(
    list: List,
    item: impl Fn(usize) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let editor = use_editor();
    view! { <For each=move || 0..editor.count(list) key=|i| *i children=item/> }
}

/// The quiz's title, introduction and other fields, and its answer labels.
#[component]
pub fn QuizSection() -> impl IntoView {
    let t = use_editor_texts();
    let labels = (0..5)
        .map(|i| {
            let label = fill(t.write_field_label(), &[("n", &(i + 1))]);
            view! { <TextField field=Field::Text(Item::new(List::Labels, i)) label/> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="w-quiz-h">
            <h2 id="w-quiz-h">{t.write_quiz_section()}</h2>
            <TextField field=Field::Quiz(QuizKey::Title) label=t.write_field_title()/>
            <TextField field=Field::Quiz(QuizKey::Intro) label=t.write_field_intro() long=true/>
            <div class="field-row">
                <TextField field=Field::Quiz(QuizKey::Language) label=t.write_field_language()/>
                <NumberField field=Field::Quiz(QuizKey::Minutes) label=t.write_field_minutes()/>
            </div>
            <TextField field=Field::Quiz(QuizKey::Brand) label=t.write_field_brand()/>
            <div class="field-row">
                <TextField field=Field::Quiz(QuizKey::Id) label=t.write_field_id()/>
                <TextField field=Field::Quiz(QuizKey::Version) label=t.write_field_version()/>
            </div>
            {labels}
            <TextField field=Field::Quiz(QuizKey::NotSure) label=t.write_field_not_sure()/>
            // The report's word for what it names ("Your result"), which
            // a coach's quiz often wants in its own words.
            <TextField
                field=Field::Ui("style_kicker".into())
                label=t.write_field_style_kicker()
                placeholder=Texts::of(use_lang()).style_kicker()
            />
        </section>
    }
}

/// The sources the quiz draws on.
#[component]
pub fn SourcesSection() -> impl IntoView {
    let t = use_editor_texts();
    let add_id = dom_id(&Field::List(List::Sources));
    let source = {
        let add_id = add_id.clone();
        move |i: usize| {
            let name = item_name(t.write_source_n(), i);
            view! {
                <fieldset class="item">
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Sources, i)/>
                    <TextField field=Field::Source(i, SourceKey::Author) label=t.write_field_author()/>
                    <TextField field=Field::Source(i, SourceKey::Title) label=t.write_field_source_title()/>
                    <TextField field=Field::Source(i, SourceKey::Date) label=t.write_field_date()/>
                    <ItemTools item=Item::new(List::Sources, i) name add_id=add_id.clone()/>
                </fieldset>
            }
        }
    };
    view! {
        <section aria-labelledby="w-sources-h">
            <h2 id="w-sources-h">{t.write_sources_section()}</h2>
            {items(List::Sources, source)}
            <AddButton list=List::Sources label=t.write_add_source() id=add_id
                first=|i| Field::Source(i, SourceKey::Author)/>
        </section>
    }
}

/// The habits, each with its score ranges and their advice.
#[component]
pub fn HabitsSection() -> impl IntoView {
    let t = use_editor_texts();
    let add_id = dom_id(&Field::List(List::Dimensions));
    let habit = {
        let add_id = add_id.clone();
        move |d: usize| {
            let name = item_name(t.write_habit_n(), d);
            let bands_add = dom_id(&Field::List(List::Bands(d)));
            let band = {
                let bands_add = bands_add.clone();
                move |b: usize| view! { <BandItem d b add_id=bands_add.clone()/> }
            };
            view! {
                <fieldset class="item" tabindex="-1" id=dom_id(&Field::Item(Item::new(List::Dimensions, d)))>
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Dimensions, d)/>
                    <TextField field=Field::Dimension(d, DimensionKey::Name) label=t.write_field_name()/>
                    <TextField field=Field::Dimension(d, DimensionKey::Description) label=t.write_field_description() long=true/>
                    {items(List::Bands(d), band)}
                    <AddButton list=List::Bands(d) label=t.write_add_band() id=bands_add
                        first=move |b| Field::Band(d, b, BandKey::Min)/>
                    <TeamQuestions d/>
                    <ItemTools item=Item::new(List::Dimensions, d) name add_id=add_id.clone()/>
                </fieldset>
            }
        }
    };
    view! {
        <section aria-labelledby="w-habits-h">
            <h2 id="w-habits-h">{t.write_habits_section()}</h2>
            {items(List::Dimensions, habit)}
            <AddButton list=List::Dimensions label=t.write_add_habit() id=add_id
                first=|d| Field::Dimension(d, DimensionKey::Name)/>
        </section>
    }
}

/// A habit's questions for a team meeting: whatever the team's result, and
/// for each situation a team can be in.
#[component]
fn TeamQuestions(d: usize) -> impl IntoView {
    let t = use_editor_texts();
    let lists = [
        (List::Discussion(d), t.write_discussion()),
        (List::Prompts(d, Situation::Split), t.write_prompts_split()),
        (List::Prompts(d, Situation::Low), t.write_prompts_low()),
        (List::Prompts(d, Situation::High), t.write_prompts_high()),
    ]
    .into_iter()
    .map(|(list, title)| {
        view! {
            <fieldset class="item">
                <legend>{title}</legend>
                <TextList list item_label=t.write_question_n() add_label=t.write_add_question()/>
            </fieldset>
        }
    })
    .collect_view();
    view! {
        <details class="team-questions">
            <summary>{t.write_team_title()}</summary>
            {lists}
        </details>
    }
}

/// A habit's score range: where it starts and ends, its headline and advice.
#[component]
fn BandItem(d: usize, b: usize, add_id: String) -> impl IntoView {
    let t = use_editor_texts();
    let name = item_name(t.write_band_n(), b);
    let advice_add = dom_id(&Field::List(List::Advice(d, b)));
    let advice = {
        let advice_add = advice_add.clone();
        move |a: usize| {
            let name = item_name(t.write_advice_n(), a);
            view! {
                <fieldset class="item">
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Advice(d, b), a)/>
                    <TextField field=Field::Advice(d, b, a, AdviceKey::Text) label=t.write_field_advice() long=true/>
                    <SourcesField field=Field::Advice(d, b, a, AdviceKey::Sources) label=t.write_field_sources()/>
                    <RefsField field=Field::Advice(d, b, a, AdviceKey::Questions)
                        label=t.write_field_advice_statements() choices=statement_choices(Some(d))/>
                    <ItemTools item=Item::new(List::Advice(d, b), a) name add_id=advice_add.clone()/>
                </fieldset>
            }
        }
    };
    view! {
        <fieldset class="item band" tabindex="-1" id=dom_id(&Field::Item(Item::new(List::Bands(d), b)))>
            <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Bands(d), b)/>
            <div class="field-row">
                <NumberField field=Field::Band(d, b, BandKey::Min) label=t.write_field_min()/>
                <NumberField field=Field::Band(d, b, BandKey::Max) label=t.write_field_max()/>
            </div>
            <TextField field=Field::Band(d, b, BandKey::Headline) label=t.write_field_headline()/>
            {items(List::Advice(d, b), advice)}
            <AddButton list=List::Advice(d, b) label=t.write_add_advice() id=advice_add
                first=move |a| Field::Advice(d, b, a, AdviceKey::Text)/>
            <ItemTools item=Item::new(List::Bands(d), b) name add_id/>
        </fieldset>
    }
}

/// The statements readers rate, in the order they see them.
#[component]
pub fn StatementsSection() -> impl IntoView {
    let t = use_editor_texts();
    let add_id = dom_id(&Field::List(List::Questions));
    let statement = {
        let add_id = add_id.clone();
        move |q: usize| {
            let name = item_name(t.write_statement_n(), q);
            view! {
                <fieldset class="item" tabindex="-1" id=dom_id(&Field::Item(Item::new(List::Questions, q)))>
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Questions, q)/>
                    <TextField field=Field::Question(q, QuestionKey::Text) label=t.write_field_statement() long=true/>
                    <div class="field-row">
                        <HabitField field=Field::Question(q, QuestionKey::Dimension) label=t.write_field_habit()/>
                        <NumberField field=Field::Question(q, QuestionKey::Weight) label=t.write_field_weight()/>
                    </div>
                    <FlagField field=Field::Question(q, QuestionKey::Reverse) label=t.write_field_reverse()/>
                    <SourcesField field=Field::Question(q, QuestionKey::Sources) label=t.write_field_sources()/>
                    <ItemTools item=Item::new(List::Questions, q) name add_id=add_id.clone()/>
                </fieldset>
            }
        }
    };
    view! {
        <section aria-labelledby="w-statements-h">
            <h2 id="w-statements-h">{t.write_statements_section()}</h2>
            {items(List::Questions, statement)}
            <AddButton list=List::Questions label=t.write_add_statement() id=add_id
                first=|q| Field::Question(q, QuestionKey::Text)/>
        </section>
    }
}

/// The styles, each with the rule that picks it and its call to action.
#[component]
pub fn StylesSection() -> impl IntoView {
    let t = use_editor_texts();
    let add_id = dom_id(&Field::List(List::Patterns));
    let style = {
        let add_id = add_id.clone();
        move |p: usize| view! { <StyleItem p add_id=add_id.clone()/> }
    };
    view! {
        <section aria-labelledby="w-styles-h">
            <h2 id="w-styles-h">{t.write_styles_section()}</h2>
            {items(List::Patterns, style)}
            <AddButton list=List::Patterns label=t.write_add_style() id=add_id
                first=|p| Field::Pattern(p, PatternKey::Name)/>
        </section>
    }
}

/// A style: its name, words, rule in conditions, and call to action.
#[component]
fn StyleItem(p: usize, add_id: String) -> impl IntoView {
    let (t, c, lang) = (use_editor_texts(), use_checker_texts(), use_lang());
    let editor = use_editor();
    let name = item_name(t.write_style_n(), p);
    let conditions_add = dom_id(&Field::List(List::Conditions(p)));
    let condition = {
        let conditions_add = conditions_add.clone();
        move |k: usize| {
            let name = item_name(t.write_condition_n(), k);
            view! {
                <fieldset class="item condition">
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Conditions(p), k)/>
                    <div class="field-row">
                        <HabitField field=Field::Condition(p, k, ConditionKey::Dimension) label=t.write_field_habit()/>
                        <TestField field=Field::Condition(p, k, ConditionKey::Test) label=t.write_field_score()/>
                        <NumberField field=Field::Condition(p, k, ConditionKey::Number) label=t.write_field_number()/>
                    </div>
                    <ItemTools item=Item::new(List::Conditions(p), k) name add_id=conditions_add.clone()/>
                </fieldset>
            }
        }
    };
    // The rule in the checker's words, as the conditions are written.
    let rule = move || {
        editor.history.with(|h| {
            let draft = h.draft();
            match draft.patterns.get(p).map(|s| s.when.is_empty()) {
                Some(true) => Some(t.write_rule_default().to_string()),
                _ => draft.rule_words(p, c, lang),
            }
        })
    };
    view! {
        <fieldset class="item" tabindex="-1" id=dom_id(&Field::Item(Item::new(List::Patterns, p)))>
            <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Patterns, p)/>
            <TextField field=Field::Pattern(p, PatternKey::Name) label=t.write_field_name()/>
            <TextField field=Field::Pattern(p, PatternKey::Summary) label=t.write_field_summary() long=true/>
            <TextField field=Field::Pattern(p, PatternKey::TryFirst) label=t.write_field_try_first() long=true/>
            <h3 class="rule-h">{t.write_rule()}</h3>
            <p class="rule" aria-live="polite">{rule}</p>
            {items(List::Conditions(p), condition)}
            <AddButton list=List::Conditions(p) label=t.write_add_condition() id=conditions_add
                first=move |k| Field::Condition(p, k, ConditionKey::Dimension)/>
            <TextField field=Field::Pattern(p, PatternKey::CtaLabel) label=t.write_field_cta_label()/>
            <TextField field=Field::Pattern(p, PatternKey::CtaUrl) label=t.write_field_cta_url()/>
            <SourcesField field=Field::Pattern(p, PatternKey::Sources) label=t.write_field_sources()/>
            <ItemTools item=Item::new(List::Patterns, p) name add_id/>
        </fieldset>
    }
}

/// Questions for the reader to sit with, each after some statements.
#[component]
pub fn ReflectionsSection() -> impl IntoView {
    let t = use_editor_texts();
    let add_id = dom_id(&Field::List(List::Reflections));
    let reflection = {
        let add_id = add_id.clone();
        move |r: usize| {
            let name = item_name(t.write_reflection_n(), r);
            view! {
                <fieldset class="item" tabindex="-1" id=dom_id(&Field::Item(Item::new(List::Reflections, r)))>
                    <legend>{name.clone()}</legend>
                    <ItemProblems item=Item::new(List::Reflections, r)/>
                    <TextField field=Field::Reflection(r, ReflectionKey::Prompt) label=t.write_field_prompt() long=true/>
                    <RefsField field=Field::Reflection(r, ReflectionKey::Questions)
                        label=t.write_field_reflection_statements() choices=statement_choices(None)/>
                    <ItemTools item=Item::new(List::Reflections, r) name add_id=add_id.clone()/>
                </fieldset>
            }
        }
    };
    view! {
        <section aria-labelledby="w-reflections-h">
            <h2 id="w-reflections-h">{t.write_reflections_section()}</h2>
            {items(List::Reflections, reflection)}
            <AddButton list=List::Reflections label=t.write_add_reflection() id=add_id
                first=|r| Field::Reflection(r, ReflectionKey::Prompt)/>
        </section>
    }
}

/// The coach's wording of Candor's own texts (`ui`): each text reworded,
/// and a way to add one, starting from its English text.
#[component]
pub fn UiSection() -> impl IntoView {
    let t = use_editor_texts();
    let editor = use_editor();
    let keys = Memo::new(move |_| {
        editor.history.with(|h| {
            h.draft()
                .ui
                .iter()
                .map(|(k, _)| k.clone())
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let add = move |_| {
        let key = chosen.get_untracked();
        let Some(text) = english(&key) else {
            return;
        };
        if editor
            .history
            .with_untracked(|h| h.draft().ui.iter().any(|(k, _)| *k == key))
        {
            return;
        }
        let field = Field::Ui(key);
        editor.apply(Edit::Set(field.clone(), Value::Text(text.to_string())));
        chosen.set(String::new());
        let id = dom_id(&field);
        request_animation_frame(move || crate::app::shared::focus::focus(&format!("#{id}")));
    };
    let entry = move |key: String| {
        let field = Field::Ui(key.clone());
        let remove_label = fill(t.write_ui_remove(), &[("key", &key)]);
        let hint = english(&key).unwrap_or_default();
        let removed = field.clone();
        view! {
            <div class="item ui-entry">
                <TextField field label=key.clone() long=true/>
                <p class="hint">{hint}</p>
                <button type="button" on:click=move |_| {
                    editor.apply(Edit::Set(removed.clone(), Value::Text(String::new())));
                    request_animation_frame(|| crate::app::shared::focus::focus("#w-ui-key"));
                }>{remove_label}</button>
            </div>
        }
    };
    let options = move || {
        let taken = keys.get();
        all_keys()
            .filter(|k| !taken.iter().any(|t| t == k))
            .map(|k| {
                let text = english(k).unwrap_or_default();
                let text: String = text.chars().take(60).collect();
                view! { <option value=k>{format!("{k}: {text}")}</option> }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="w-ui-h">
            <h2 id="w-ui-h">{t.write_ui_section()}</h2>
            <p class="hint">{t.write_ui_intro()}</p>
            <For each=move || keys.get() key=|k| k.clone() children=entry/>
            <div class="field">
                <label for="w-ui-key">{t.write_ui_key()}</label>
                <select id="w-ui-key" prop:value=move || chosen.get()
                    on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{t.write_ui_choose()}</option>
                    {options}
                </select>
            </div>
            <button type="button" id="w-ui-add" on:click=add>
                {t.write_ui_add()}
            </button>
        </section>
    }
}
