//! How the reader's module asks the tools' module for a picture, and hears
//! what became of it: a request (JSON, see `core::picture::PictureRequest`)
//! left on `window` under [`REQUEST_KEY`] with [`REQUEST_EVENT`] fired; the
//! tools' module (`tools::picture`) answers with an [`outcome`] under
//! [`OUTCOME_KEY`] and [`OUTCOME_EVENT`], which the reader's module turns
//! into words from its catalogue. Two modules on one page share no memory:
//! this is their whole protocol.

/// Where the reader's module leaves a request, and the event it fires.
pub const REQUEST_KEY: &str = "candorPictureRequest";
pub const REQUEST_EVENT: &str = "candor-picture";
/// Where this module leaves the outcome, and the event it fires.
pub const OUTCOME_KEY: &str = "candorPictureOutcome";
pub const OUTCOME_EVENT: &str = "candor-picture-done";

/// What became of a request, as the reader's module reads it.
pub mod outcome {
    pub const SAVED: &str = "saved";
    pub const COPIED: &str = "copied";
    pub const NO_CLIPBOARD: &str = "no-clipboard";
    pub const SHARED: &str = "shared";
    pub const SHARE_FAILED: &str = "share-failed";
    pub const FAILED: &str = "failed";
}
