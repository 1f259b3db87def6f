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
    let lang = crate::translations::shown();
    if diary.medicines.is_empty() {
        return format!(r#"<p class="hint">{}</p>"#, tr!(medicines.none));
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
                tr!(medicines.as_needed)
            } else {
                tr!(medicines.regularly)
            }
            .to_string(),
        );
        match (d.started, d.stopped) {
            (Some(s), Some(e)) => facts.push(
                tr!(
                    medicines.from_to,
                    from = s.dated_in(lang),
                    to = e.dated_in(lang)
                )
                .to_string(),
            ),
            (Some(s), None) => {
                facts.push(tr!(medicines.since, from = s.dated_in(lang)).to_string())
            }
            (None, Some(e)) => {
                facts.push(tr!(medicines.stopped_on, to = e.dated_in(lang)).to_string())
            }
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
                r#"<p class="med__class"><strong>{}</strong> {} {refs}</p>"#,
                tr!(medicines.linked),
                class.finding_in(lang)
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
                    r#"<p class="med__figures">{}</p>"#,
                    tr!(
                        medicines.figures,
                        weeks = medicines::WEEKS,
                        sentence = ba.sentence_in(lang)
                    )
                );
            }
            Some(ba) => {
                let _ = write!(
                    out,
                    r#"<p class="hint">{}</p>"#,
                    tr!(
                        medicines.too_few,
                        before = ba.before.answered,
                        since = ba.after.answered,
                        min = medicines::MIN_NIGHTS
                    )
                );
            }
            None => {}
        }
        let _ = write!(
            out,
            r#"<div class="entry__actions"><button type="button" class="button button--small" data-cmd="{}" aria-label="{}">{}</button><button type="button" class="button button--small button--quiet" data-cmd="{}" aria-label="{}">{}</button></div></li>"#,
            DiaryViewCmd::EditMedicine(m.id).render(),
            escape(&tr!(medicines.edit_named, name = d.name.clone()).to_string()),
            tr!(medicines.edit),
            DiaryViewCmd::DeleteMedicine(m.id).render(),
            escape(&tr!(medicines.delete_named, name = d.name.clone()).to_string()),
            tr!(medicines.delete),
        );
    }
    out.push_str("</ul>");
    out
}
