#include "model/Draft.h"

namespace ip {

QString draftKindKey(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Note:
        return QStringLiteral("note");
    case DraftKind::Story:
        return QStringLiteral("story");
    case DraftKind::Evidence:
        return QStringLiteral("evidence");
    }
    return QStringLiteral("note");
}

QString Draft::id() const
{
    return draftKindKey(kind) + u'/' + guideKey + u'/' + itemKey;
}

QString Draft::field(const QString& name) const
{
    for (const DraftField& f : fields) {
        if (f.name == name)
            return f.text;
    }
    return QString();
}

void Draft::setField(const QString& name, const QString& text)
{
    for (DraftField& f : fields) {
        if (f.name == name) {
            f.text = text;
            return;
        }
    }
    fields.append(DraftField{name, text});
}

} // namespace ip
