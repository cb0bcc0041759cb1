//! Sharing a result: link, code, QR code and result file; then, behind
//! "Share or save", comparing as a team and saving the result as an image.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::shared::i18n::{use_problems, use_texts};

use super::picture_panel::{PictureOf, PicturePanel};
use crate::app::shared::address::result_link;
use crate::app::shared::components::copy_field::CopyField;
use crate::app::shared::components::download_button::DownloadButton;
use crate::app::shared::components::qr_code::QrCode;
use crate::app::shared::components::section::Section;
use crate::app::shared::route::Route;
use crate::core::answers::Answer;
use crate::core::catalogue::{fill, ProblemTexts};
use crate::core::fingerprint::Fingerprint;
use crate::core::quiz::Quiz;
use crate::core::report::Report;
use crate::core::result_file::result_file;
use crate::core::share_code::{clean_name, encode, isolate};

/// Everything the panel needs to know about the result it shares.
#[derive(Clone)]
pub struct Shared {
    pub fingerprint: Fingerprint,
    pub answers: Vec<Answer>,
    pub quiz_id: String,
    /// `YYYY-MM-DD` of the attempt, and as the page writes it.
    pub taken: String,
    pub taken_text: String,
    /// For the picture of the result.
    pub quiz: Arc<Quiz>,
    pub report: Arc<Report>,
    /// Offer "Compare as a team".
    pub team: bool,
    /// Show "Share or save" (the team link and the picture) open at first:
    /// outside an embed. In an embed it starts closed, so a reader on a
    /// phone isn't handed a long block of buttons.
    pub more_open: bool,
}

/// The share code of `answers` with `name`, or why the name can't go in it.
fn code_for(
    fp: Fingerprint,
    answers: &[Answer],
    name: &str,
    p: &ProblemTexts,
) -> Result<String, String> {
    let name = clean_name(name).map_err(|e| e.message(p))?;
    encode(fp, answers, name).map_err(|e| e.message(p))
}

/// The reader may add a name; link, code, QR code and file follow it as they
/// type. A name that can't go in a code says why and the last good code stays.
#[component]
pub fn SharePanel(shared: Shared) -> impl IntoView {
    let texts = use_texts();
    let Shared {
        fingerprint,
        answers,
        quiz_id,
        taken,
        taken_text,
        quiz,
        report,
        team,
        more_open,
    } = shared;
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let p = use_problems();
    let coded = Memo::new(move |_| name.with(|n| code_for(fingerprint, &answers, n, p)));
    let name_error = move || coded.with(|c| c.clone().err());
    let code = Memo::new(move |last: Option<&String>| match coded.get() {
        Ok(code) => code,
        Err(_) => last.cloned().unwrap_or_default(),
    });
    let link = Memo::new(move |_| code.with(|c| result_link(c)));
    let file_name = format!("candor-result-{taken}.json");
    let picture = PictureOf {
        quiz,
        report,
        kicker: Signal::derive(move || {
            name.with(|n| match clean_name(n).ok().flatten() {
                // Isolated: a right-to-left name keeps the line's order.
                Some(name) => fill(texts.whose_style(), &[("name", &isolate(name))]),
                None => texts.style_kicker().to_string(),
            })
        }),
        link: link.into(),
        date: taken_text,
        iso_date: taken.clone(),
    };
    let file = move |()| {
        let name = name.get_untracked();
        let name = clean_name(&name).ok().flatten();
        result_file(&quiz_id, &code.get_untracked(), name, &taken)
    };
    let compare = texts.compare_as_team();
    view! {
        <Section id="share" title=texts.share_title() class="no-print">
            <p>{texts.share_intro()}</p>
            <div class="field">
                <label for="share-name">{texts.share_name()}</label>
                <input
                    id="share-name"
                    type="text"
                    maxlength="24"
                    autocomplete="off"
                    aria-describedby="share-name-hint share-name-error"
                    on:input:target=move |ev| name.set(ev.target().value())
                />
                <p class="hint" id="share-name-hint">{texts.share_name_hint()}</p>
            </div>
            <p class="field-error" id="share-name-error" aria-live="polite">{name_error}</p>
            <div class="share-out">
                <CopyField
                    id="share-link"
                    label=texts.share_link()
                    button=texts.copy_link()
                    copied=texts.link_copied()
                    value=link
                    status
                />
                <CopyField
                    id="share-code"
                    label=texts.share_code()
                    button=texts.copy_code()
                    copied=texts.code_copied()
                    value=code
                    status
                />
                <figure class="qr-figure">
                    <QrCode text=link label=texts.qr_label()/>
                    <figcaption>{texts.qr_caption()}</figcaption>
                </figure>
                <div class="actions">
                    <DownloadButton label=texts.download_result() file_name mime="application/json" contents=file/>
                </div>
            </div>
            <p class="status" role="status">{move || status.get()}</p>
            <details class="share-more" open=more_open>
                <summary>{texts.share_or_save()}</summary>
                {team.then(|| view! {
                    <div class="actions">
                        <a class="button" href=move || Route::Team(code.get()).to_hash()>{compare}</a>
                    </div>
                })}
                <PicturePanel of=picture/>
            </details>
        </Section>
    }
}
