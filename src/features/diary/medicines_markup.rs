//! The medicines card's list as escaped markup (see `markup`): each medicine with what the
//! diary shows around its start, and Edit and Delete.

use super::DiaryViewCmd;
use crate::domain::diary::medicines::{self, BeforeAfter};
use crate::domain::diary::Diary;
use crate::domain::learn::sources::Src;
use crate::tr;
use crate::ui::act::ViewCmd;
use crate::ui::markup::escape;
use std::fmt::Write;

/// A "[n]" link to a source in Learn's list.
fn source_link(src: Src) -> String {
    let n = src.number();
    format!(
        r#"<a class="ref" href="learn/#src-{n}" aria-label="{}">[{n}]</a>"#,
        escape(&tr!(common.source, n = n, name = src.short()).to_string())
    )
}

/// The medicines, each with what the diary shows around its start, and Edit and Delete.
pub fn medicines_html(diary: &Diary, shown: &[(u32, Option<BeforeAfter>)]) -> String {
    if diary.medicines.is_empty() {
        return r#"<p class="hint">No medicines recorded. Add the ones you take, with when you started: the diary can then show your nights before and after a start.</p>"#.into();
    }
    let mut out = String::from(r#"<ul class="meds">"#);
    for m in &diary.medicines {
        let d = &m.draft;
        let mut facts = Vec::new();
        if !d.dose.is_empty() {
            facts.push(escape(&d.dose));
        }
        facts.push(
            if d.as_needed {
                "as needed"
            } else {
                "regularly"
            }
            .to_string(),
        );
        match (d.started, d.stopped) {
            (Some(s), Some(e)) => facts.push(format!("{} to {}", s.dated(), e.dated())),
            (Some(s), None) => facts.push(format!("since {}", s.dated())),
            (None, Some(e)) => facts.push(format!("stopped {}", e.dated())),
            (None, None) => {}
        }
        let _ = write!(
            out,
            r#"<li class="med"><p class="med__name">{}</p><p class="med__facts">{}</p>"#,
            escape(&d.name),
            facts.join(" · ")
        );
        if let Some(class) = d.class {
            let refs: String = class.sources().iter().map(|&s| source_link(s)).collect();
            let _ = write!(
                out,
                r#"<p class="med__class"><strong>Linked to night cramps.</strong> {} {refs}</p>"#,
                class.finding()
            );
        }
        match shown
            .iter()
            .find(|(id, _)| *id == m.id)
            .and_then(|(_, ba)| *ba)
        {
            Some(ba) if ba.is_shown() => {
                let _ = write!(
                    out,
                    r#"<p class="med__figures">Cramps per answered night in the {} weeks around its start. {}</p>"#,
                    medicines::WEEKS,
                    ba.sentence()
                );
            }
            Some(ba) => {
                let _ = write!(
                    out,
                    r#"<p class="hint">Before and after its start: not enough answered nights yet ({} before, {} since; each side needs {}).</p>"#,
                    ba.before.answered,
                    ba.after.answered,
                    medicines::MIN_NIGHTS
                );
            }
            None => {}
        }
        let name = escape(&d.name);
        let _ = write!(
            out,
            r#"<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{}" aria-label="Edit {name}">Edit</button><button type="button" class="button button--small button--quiet" data-cmd="{}" aria-label="Delete {name}">Delete</button></div></li>"#,
            DiaryViewCmd::EditMedicine(m.id).render(),
            DiaryViewCmd::DeleteMedicine(m.id).render(),
        );
    }
    out.push_str("</ul>");
    out
}
