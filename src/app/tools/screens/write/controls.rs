//! The editor's form controls: each edits one field of the draft through the editor and shows the checker's words about it.

use leptos::prelude::*;

use super::editor::{dom_id, use_editor};
use crate::app::shared::focus::focus;
use crate::app::tools::context::texts::use_editor_texts;
use crate::core::catalogue::fill;
use crate::core::draft::{Edit, Field, Item, List, Test, Value};

/// The checker's words about `field`, as the checks change: read once for
/// its list and its control's `aria-invalid`.
fn said(field: Field) -> Memo<Vec<String>> {
    let editor = use_editor();
    Memo::new(move |_| editor.problems_at(&field))
}

/// The checker's words about a field, under its control; the control names
/// this list as its description.
#[component]
fn FieldProblems(id: String, lines: Memo<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="field-problems" id=id>
            {move || lines.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
    }
}

/// The checker's words about an item as a whole (a habit no statement
/// measures, a band that starts above its end, a style no one can get),
/// under its heading.
#[component]
pub fn ItemProblems(item: Item) -> impl IntoView {
    let field = Field::Item(item);
    let id = format!("{}-problems", dom_id(&field));
    view! { <FieldProblems id lines=said(field)/> }
}

/// `aria-invalid` while the checker says anything about a field.
fn invalid(lines: Memo<Vec<String>>) -> impl Fn() -> Option<&'static str> + Copy + 'static {
    move || lines.with(|l| !l.is_empty()).then_some("true")
}

/// A text field: one line, or several (`long`).
#[component]
pub fn TextField(
    field: Field,
    #[prop(into)] label: String,
    #[prop(optional)] long: bool,
    /// What the field means when left empty.
    #[prop(optional)]
    placeholder: Option<&'static str>,
) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(&field);
    let described = format!("{id}-problems");
    let read = field.clone();
    let value = Memo::new(move |_| match editor.value(&read) {
        Some(Value::Text(text)) => text,
        _ => String::new(),
    });
    let write = field.clone();
    let on_input = move |ev: leptos::ev::Event| {
        editor.apply(Edit::Set(
            write.clone(),
            Value::Text(event_target_value(&ev)),
        ));
    };
    let lines = said(field.clone());
    let invalid = invalid(lines);
    let control = if long {
        view! {
            <textarea id=id.clone() rows="3" prop:value=value aria-describedby=described.clone()
                aria-invalid=invalid on:input=on_input on:blur=move |_| editor.seal()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() placeholder=placeholder prop:value=value aria-describedby=described.clone()
                aria-invalid=invalid on:input=on_input on:blur=move |_| editor.seal()/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            <FieldProblems id=described lines/>
        </div>
    }
}

/// How a number is shown: whole numbers without a decimal point.
fn shown(n: Option<f64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// A number field; an empty field is no number, and what isn't a number
/// yet (a lone minus sign) changes nothing until it is one.
#[component]
pub fn NumberField(field: Field, #[prop(into)] label: String) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(&field);
    let described = format!("{id}-problems");
    let read = field.clone();
    // The number, not its text: typing "1.50" after "1.5" changes nothing,
    // so what the coach typed stays as typed.
    let number = Memo::new(move |_| match editor.value(&read) {
        Some(Value::Number(n)) => n,
        _ => None,
    });
    let write = field.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let text = text.trim().replace(',', ".");
        let value = if text.is_empty() {
            Some(None)
        } else {
            text.parse::<f64>().ok().filter(|n| n.is_finite()).map(Some)
        };
        if let Some(value) = value {
            editor.apply(Edit::Set(write.clone(), Value::Number(value)));
        }
    };
    let lines = said(field.clone());
    let invalid = invalid(lines);
    view! {
        <div class="field number">
            <label for=id.clone()>{label}</label>
            <input type="text" inputmode="decimal" id=id prop:value=move || shown(number.get())
                aria-describedby=described.clone() aria-invalid=invalid on:input=on_input
                on:blur=move |_| editor.seal()/>
            <FieldProblems id=described lines/>
        </div>
    }
}

/// A yes-or-no field, as a checkbox.
#[component]
pub fn FlagField(field: Field, #[prop(into)] label: String) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(&field);
    let read = field.clone();
    let on = Memo::new(move |_| matches!(editor.value(&read), Some(Value::Flag(true))));
    let write = field.clone();
    let on_change = move |ev: leptos::ev::Event| {
        editor.apply(Edit::Set(
            write.clone(),
            Value::Flag(event_target_checked(&ev)),
        ));
    };
    view! {
        <div class="field check">
            <input type="checkbox" id=id.clone() prop:checked=on on:change=on_change/>
            <label for=id>{label}</label>
        </div>
    }
}

/// A reference to a habit, chosen by its name.
#[component]
pub fn HabitField(field: Field, #[prop(into)] label: String) -> impl IntoView {
    let editor = use_editor();
    let t = use_editor_texts();
    let id = dom_id(&field);
    let described = format!("{id}-problems");
    let habits = Memo::new(move |_| {
        editor.history.with(|h| {
            h.draft()
                .dimensions
                .iter()
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let read = field.clone();
    let chosen = Memo::new(move |_| match editor.value(&read) {
        Some(Value::Text(id)) => id,
        _ => String::new(),
    });
    let write = field.clone();
    let on_change = move |ev: leptos::ev::Event| {
        editor.apply(Edit::Set(
            write.clone(),
            Value::Text(event_target_value(&ev)),
        ));
    };
    let lines = said(field.clone());
    let invalid = invalid(lines);
    let options = move || {
        let chosen = chosen.get();
        let known = habits.with(|h| h.iter().any(|(id, _)| *id == chosen));
        // The reference as it is when it names no habit (a habit removed).
        let unknown = (!known).then(|| {
            let text = if chosen.is_empty() {
                t.write_choose_habit().to_string()
            } else {
                chosen.clone()
            };
            view! { <option value=chosen.clone() selected=true>{text}</option> }
        });
        let named = habits
            .get()
            .into_iter()
            .map(|(id, name)| {
                let selected = id == chosen;
                let name = if name.is_empty() { id.clone() } else { name };
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view();
        (unknown, named)
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id aria-describedby=described.clone() aria-invalid=invalid on:change=on_change>
                {options}
            </select>
            <FieldProblems id=described lines/>
        </div>
    }
}

/// A condition's test: "at least" or "under".
#[component]
pub fn TestField(field: Field, #[prop(into)] label: String) -> impl IntoView {
    let editor = use_editor();
    let t = use_editor_texts();
    let id = dom_id(&field);
    let read = field.clone();
    let test = Memo::new(move |_| match editor.value(&read) {
        Some(Value::Test(test)) => test,
        _ => Test::Below,
    });
    let write = field.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let test = match event_target_value(&ev).as_str() {
            "at_least" => Test::AtLeast,
            _ => Test::Below,
        };
        editor.apply(Edit::Set(write.clone(), Value::Test(test)));
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=on_change>
                <option value="at_least" selected=move || test.get() == Test::AtLeast>{t.write_test_at_least()}</option>
                <option value="below" selected=move || test.get() == Test::Below>{t.write_test_below()}</option>
            </select>
        </div>
    }
}

/// A list of references, as a checkbox for each item it can name
/// (`choices`: each item's id and how it is named).
#[component]
pub fn RefsField(
    field: Field,
    #[prop(into)] label: String,
    choices: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let editor = use_editor();
    let id = dom_id(&field);
    let described = format!("{id}-problems");
    let read = field.clone();
    let chosen = Memo::new(move |_| match editor.value(&read) {
        Some(Value::Ids(ids)) => ids,
        _ => Vec::new(),
    });
    let described_by = described.clone();
    let boxes = {
        let (id, field) = (id.clone(), field.clone());
        move || {
            choices
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, (item, name))| {
                    let box_id = format!("{id}-{i}");
                    let checked = chosen.with(|ids| ids.contains(&item));
                    let field = field.clone();
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let mut ids = chosen.get_untracked();
                        ids.retain(|x| *x != item);
                        if on {
                            ids.push(item.clone());
                        }
                        editor.apply(Edit::Set(field.clone(), Value::Ids(ids)));
                    };
                    view! {
                        <span class="check">
                            <input type="checkbox" id=box_id.clone() checked=checked on:change=toggle/>
                            <label for=box_id>{name}</label>
                        </span>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <fieldset class="field refs" id=id tabindex="-1" aria-describedby=described_by>
            <legend>{label}</legend>
            {boxes}
            <FieldProblems id=described lines=said(field)/>
        </fieldset>
    }
}

/// The sources a reference can name: each by its author and title.
pub fn source_choices() -> Memo<Vec<(String, String)>> {
    let editor = use_editor();
    Memo::new(move |_| {
        editor.history.with(|h| {
            h.draft()
                .sources
                .iter()
                .map(|s| {
                    let name = [s.author.as_str(), s.title.as_str()]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ");
                    let name = if name.is_empty() { s.id.clone() } else { name };
                    (s.id.clone(), name)
                })
                .collect()
        })
    })
}

/// The statements a reference can name (of habit `habit` only, when
/// given): each by its number and its text.
pub fn statement_choices(habit: Option<usize>) -> Memo<Vec<(String, String)>> {
    let editor = use_editor();
    let t = use_editor_texts();
    Memo::new(move |_| {
        editor.history.with(|h| {
            let draft = h.draft();
            let habit_id = habit
                .and_then(|d| draft.dimensions.get(d))
                .map(|d| d.id.as_str());
            draft
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| habit_id.is_none_or(|id| q.dimension == id))
                .map(|(i, q)| {
                    let name = format!("{}: {}", item_name(t.write_statement_n(), i), q.text);
                    (q.id.clone(), name)
                })
                .collect()
        })
    })
}

/// A list of references to sources, as a checkbox for each source.
#[component]
pub fn SourcesField(field: Field, #[prop(into)] label: String) -> impl IntoView {
    view! { <RefsField field label choices=source_choices()/> }
}

/// A list of texts alone (a habit's questions for a team, its prompts),
/// each with its buttons, and a button to add one.
#[component]
pub fn TextList(list: List, item_label: &'static str, add_label: &'static str) -> impl IntoView {
    let editor = use_editor();
    let add_id = dom_id(&Field::List(list));
    let row = {
        let add_id = add_id.clone();
        move |i: usize| {
            let name = item_name(item_label, i);
            let item = Item::new(list, i);
            view! {
                <div class="text-item">
                    <TextField field=Field::Text(item) label=name.clone()/>
                    <ItemTools item name add_id=add_id.clone()/>
                </div>
            }
        }
    };
    view! {
        <For each=move || 0..editor.count(list) key=|i| *i children=row/>
        <AddButton list label=add_label id=add_id first=move |i| Field::Text(Item::new(list, i))/>
    }
}

/// An item's heading, and its buttons to move it up or down and remove it;
/// the focus follows the item it moved, or goes to the list's add button.
#[component]
pub fn ItemTools(item: Item, name: String, add_id: String) -> impl IntoView {
    let editor = use_editor();
    let t = use_editor_texts();
    let count = Memo::new(move |_| editor.count(item.list));
    let (up, down, remove) = (
        fill(t.write_move_up(), &[("item", &name)]),
        fill(t.write_move_down(), &[("item", &name)]),
        fill(t.write_remove(), &[("item", &name)]),
    );
    let tool_id = move |i: usize, what: &str| {
        format!("{}-{what}", dom_id(&Field::Item(Item::new(item.list, i))))
    };
    let moved = move |edit: Edit, to: usize, what: &'static str| {
        editor.apply(edit);
        let id = tool_id(to, what);
        request_animation_frame(move || focus(&format!("#{id}")));
    };
    let i = item.index;
    let removed = move |_| {
        editor.apply(Edit::Remove(item));
        let add_id = add_id.clone();
        request_animation_frame(move || focus(&format!("#{add_id}")));
    };
    view! {
        <div class="item-tools">
            <button type="button" id=tool_id(i, "up") disabled={i == 0}
                on:click=move |_| moved(Edit::MoveUp(item), i.saturating_sub(1), "up")>{up}</button>
            <button type="button" id=tool_id(i, "down") disabled={move || i + 1 >= count.get()}
                on:click=move |_| moved(Edit::MoveDown(item), i + 1, "down")>{down}</button>
            <button type="button" id=tool_id(i, "remove") on:click=removed>{remove}</button>
        </div>
    }
}

/// The button that adds an item to a list (its id is the list's, so that a
/// problem about the list leads to it); the focus goes to the new item's
/// first field, `first(index)`.
#[component]
pub fn AddButton(
    list: List,
    label: &'static str,
    id: String,
    first: impl Fn(usize) -> Field + 'static,
) -> impl IntoView {
    let editor = use_editor();
    let add = move |_| {
        let at = editor
            .history
            .with_untracked(|h| h.draft().add_position(list));
        editor.apply(Edit::Add(list));
        if let Some(at) = at {
            let id = dom_id(&first(at));
            request_animation_frame(move || focus(&format!("#{id}")));
        }
    };
    // What the checker says about the list as a whole ("at least 1
    // needed"), above the button that helps.
    let problems = format!("{id}-problems");
    view! {
        <FieldProblems id=problems.clone() lines=said(Field::List(list))/>
        <button type="button" class="add" id=id aria-describedby=problems on:click=add>
            {label}
        </button>
    }
}

/// An item's number and name as its heading says it: "Statement 3".
pub fn item_name(template: &str, index: usize) -> String {
    fill(template, &[("n", &(index + 1))])
}
