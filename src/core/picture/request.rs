//! The picture request the reader's module hands the tools' module, parsed strictly.

use serde::{Deserialize, Serialize};

use super::draw::Shape;
use crate::core::text::is_valid_date;

/// Most habits a picture shows.
pub const MAX_HABITS: usize = 12;
/// Longest text field, in characters (a quiz's summary is the longest).
pub const MAX_TEXT: usize = 1000;
/// Longest request, in bytes.
pub const MAX_REQUEST: usize = 32 * 1024;

/// What to do with the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Download,
    Copy,
    Share,
}

/// One habit: its name and score (none when too few answers).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Habit {
    pub name: String,
    pub score: Option<u8>,
}

/// A result image, as the reader's module asks for it: every text already in
/// the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureRequest {
    pub shape: Shape,
    pub action: Action,
    /// The line above the archetype (it carries the share name, if any).
    pub kicker: String,
    pub archetype: String,
    pub summary: String,
    pub habits: Vec<Habit>,
    /// Shown for a habit without a score.
    pub no_score: String,
    /// The date as the page's language writes it.
    pub date: String,
    /// `YYYY-MM-DD`, for the file name.
    pub iso_date: String,
    /// The app's address as shown (without the result in it).
    pub address: String,
    /// The link that opens this result: the QR code's content.
    pub link: String,
    /// Title of the shared file (the share sheet).
    pub title: String,
}

/// Why a request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    TooLong,
    Malformed,
    OutOfBounds,
}

impl PictureRequest {
    /// A request from its JSON, refused when it is too long, malformed, has
    /// fields it should not, or values out of bounds.
    pub fn parse(json: &str) -> Result<PictureRequest, RequestError> {
        if json.len() > MAX_REQUEST {
            return Err(RequestError::TooLong);
        }
        let request: PictureRequest =
            serde_json::from_str(json).map_err(|_| RequestError::Malformed)?;
        let texts = [
            &request.kicker,
            &request.archetype,
            &request.summary,
            &request.no_score,
            &request.date,
            &request.address,
            &request.link,
            &request.title,
        ];
        let ok = request.shape != Shape::Team
            && is_valid_date(&request.iso_date)
            && request.habits.len() <= MAX_HABITS
            && texts.iter().all(|t| t.chars().count() <= MAX_TEXT)
            && request
                .habits
                .iter()
                .all(|h| h.name.chars().count() <= MAX_TEXT && h.score.is_none_or(|s| s <= 100));
        if ok {
            Ok(request)
        } else {
            Err(RequestError::OutOfBounds)
        }
    }

    /// The file name: `candor-result-<YYYY-MM-DD>.png`.
    pub fn file_name(&self) -> String {
        format!("candor-result-{}.png", self.iso_date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::picture::test_support::request;

    #[test]
    fn requests_are_parsed_strictly() {
        let r = request(Shape::Card, "A", "B", "C");
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(PictureRequest::parse(&json), Ok(r.clone()));
        let extra = json.replacen('{', "{\"evil\":1,", 1);
        assert_eq!(PictureRequest::parse(&extra), Err(RequestError::Malformed));
        let mut long = r.clone();
        long.summary = "x".repeat(MAX_TEXT + 1);
        let json = serde_json::to_string(&long).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        let mut bad_date = r.clone();
        bad_date.iso_date = "../../etc".into();
        let json = serde_json::to_string(&bad_date).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        let mut team = r;
        team.shape = Shape::Team;
        let json = serde_json::to_string(&team).unwrap();
        assert_eq!(PictureRequest::parse(&json), Err(RequestError::OutOfBounds));
        assert_eq!(
            PictureRequest::parse(&"x".repeat(MAX_REQUEST + 1)),
            Err(RequestError::TooLong)
        );
        assert_eq!(PictureRequest::parse("[]"), Err(RequestError::Malformed));
    }

    proptest::proptest! {
        /// Any text is refused or accepted as a request, never a panic.
        #[test]
        fn any_request_text_is_parsed_or_refused(json in ".{0,200}") {
            let _ = PictureRequest::parse(&json);
        }
    }
}
