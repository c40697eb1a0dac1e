//! Adapters: the logic of reading one public source, and no facts.
//!
//! `read:` adapters turn a source into rows of the people table, which the `rows` importer then
//! merges with the curated tables (see `reader`): presidents and vice presidents from
//! congress-legislators `executive.yaml`, cabinet officials from FiveThirtyEight's
//! cabinet-turnover, deaths from Archigos.

mod archigos_deaths;
mod cabinet_turnover;
mod executive_yaml;
mod reader;

pub(super) use reader::{Spec, read};
