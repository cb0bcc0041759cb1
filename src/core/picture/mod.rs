//! The result image and the team picture, laid out without a browser.
//!
//! [`layout_result`] and [`layout_team`] turn what a picture shows into a
//! list of draw operations ([`Op`]): rectangles, text runs and circles, in
//! page coordinates, with colours named by their role ([`Paint`]). The tools'
//! module maps the roles to the page's theme and draws the list on a canvas;
//! native tests check the list with a fake text measure. Text that does not
//! fit its box is shortened with "…" at a character boundary that keeps a
//! letter with its combining marks, joiners and variation selectors
//! ([`fit`], [`wrap`]); nothing is drawn outside its box or the image.
//!
//! [`PictureRequest`] is what the reader's module hands the tools' module
//! (as JSON) when the reader asks for an image; it is parsed strictly and
//! bounded ([`PictureRequest::parse`]).

mod draw;
mod qr;
mod request;
mod result;
mod team;
#[cfg(test)]
mod test_support;
mod text_fit;

pub use draw::{Align, Font, Measure, Op, Paint, Shape};
pub use qr::{qr_modules, Qr};
pub use request::{Action, Habit, PictureRequest, RequestError, MAX_HABITS, MAX_REQUEST, MAX_TEXT};
pub use result::{layout_result, Bar};
pub use team::{layout_team, TeamPicture, TeamRow, PICTURE_ACTIONS};
pub use text_fit::{fit, wrap, ELLIPSIS};
