//! What the reader's module and the tools' module both use.

pub mod address;
pub mod boot;
pub mod clipboard;
pub mod components;
pub mod embed;
pub mod files;
pub mod focus;
pub mod i18n;
pub mod nav;
pub mod page;
pub mod panic_screen;
pub mod picture_request;
pub mod quiz_loader;
pub mod route;
pub mod screens;
pub mod storage;
pub mod theme;
