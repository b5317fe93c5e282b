#pragma once

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>
#include <algorithm>

namespace ip::test {

// The text a PDF reader would extract from a PDF that Qt's QPdfWriter made,
// so a test can check that what the user reads is in the file (and can be
// searched and copied), not only that pages exist. It knows just what Qt
// writes: Flate-compressed content streams, Type0 fonts with a ToUnicode
// map, and glyphs drawn with "<hex> Tj" after "/Fn size Tf". Each text run
// (BT ... ET) ends with a line break; the space glyph may map to a tab.
// Qt's own files only: this is no general PDF reader.
class PdfText {
public:
    static QString extract(const QByteArray& pdf)
    {
        PdfText reader(pdf);
        return reader.text();
    }

private:
    explicit PdfText(const QByteArray& pdf)
    {
        static const QRegularExpression object(QStringLiteral("(\\d+) 0 obj(.*?)endobj"),
                                               QRegularExpression::DotMatchesEverythingOption);
        const QString latin = QString::fromLatin1(pdf);
        for (auto it = object.globalMatch(latin); it.hasNext();) {
            const auto match = it.next();
            m_objects.insert(match.captured(1).toInt(), match.captured(2).toLatin1());
        }
    }

    // The object's stream, inflated when it is compressed.
    QByteArray stream(int number) const
    {
        const QByteArray body = m_objects.value(number);
        const qsizetype start = body.indexOf("stream");
        const qsizetype end = body.lastIndexOf("endstream");
        if (start < 0 || end < start)
            return {};
        qsizetype from = start + 6;
        if (body.mid(from, 2) == "\r\n")
            from += 2;
        else if (body.mid(from, 1) == "\n")
            from += 1;
        QByteArray data = body.mid(from, end - from);
        if (!body.left(start).contains("/FlateDecode"))
            return data;
        // qUncompress wants the expected size first, big-endian.
        const quint32 guess = quint32(data.size() * 64 + 4096);
        QByteArray sized(4, '\0');
        qToBigEndian(guess, sized.data());
        return qUncompress(sized + data);
    }

    // Glyph code to text, from a ToUnicode CMap (bfchar and bfrange, with
    // ranges mapped to a start code or to an array).
    QHash<uint, QString> unicodeMap(int number) const
    {
        QHash<uint, QString> map;
        const QString cmap = QString::fromLatin1(stream(number));
        static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
        auto codes = [](const QString& text) {
            QList<uint> values;
            for (auto it = hex.globalMatch(text); it.hasNext();)
                values << it.next().captured(1).toUInt(nullptr, 16);
            return values;
        };
        auto utf16 = [](const QString& hexText) {
            QString text;
            for (qsizetype i = 0; i + 4 <= hexText.size(); i += 4)
                text += QChar(char16_t(hexText.mid(i, 4).toUShort(nullptr, 16)));
            return text;
        };
        static const QRegularExpression section(QStringLiteral("begin(bfrange|bfchar)(.*?)end\\1"),
                                                QRegularExpression::DotMatchesEverythingOption);
        for (auto it = section.globalMatch(cmap); it.hasNext();) {
            const auto match = it.next();
            const QStringList lines = match.captured(2).split(u'\n', Qt::SkipEmptyParts);
            for (const QString& line : lines) {
                const QList<uint> values = codes(line);
                QList<QString> targets;
                for (auto t = hex.globalMatch(line); t.hasNext();)
                    targets << t.next().captured(1);
                if (match.captured(1) == QLatin1String("bfchar") && targets.size() == 2) {
                    map.insert(values.at(0), utf16(targets.at(1)));
                } else if (targets.size() >= 3) {
                    const uint first = values.at(0);
                    const uint last = values.at(1);
                    const bool array = line.contains(u'[');
                    for (uint code = first; code <= last; ++code) {
                        if (array) {
                            map.insert(code, utf16(targets.value(2 + int(code - first))));
                        } else {
                            const uint start = values.at(2);
                            map.insert(code, QString(QChar(char16_t(start + code - first))));
                        }
                    }
                }
            }
        }
        return map;
    }

    QString text() const
    {
        // Font resource names to their ToUnicode maps.
        static const QRegularExpression fontResource(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
        static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
        QHash<QString, QHash<uint, QString>> fonts;
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
            const QString body = QString::fromLatin1(it.value());
            for (auto f = fontResource.globalMatch(body); f.hasNext();) {
                const auto match = f.next();
                const auto unicode = toUnicode.match(
                    QString::fromLatin1(m_objects.value(match.captured(2).toInt())));
                if (unicode.hasMatch())
                    fonts.insert(match.captured(1), unicodeMap(unicode.captured(1).toInt()));
            }
        }
        // Every page's content, in page order (object order is page order
        // in Qt's files).
        static const QRegularExpression contents(QStringLiteral("/Contents (\\d+) 0 R"));
        static const QRegularExpression op(
            QStringLiteral("/(F\\d+) [\\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\\bET\\b"));
        QString text;
        QList<int> numbers = m_objects.keys();
        std::sort(numbers.begin(), numbers.end());
        for (int number : std::as_const(numbers)) {
            const QString body = QString::fromLatin1(m_objects.value(number));
            if (!body.contains(QLatin1String("/Type /Page\n")))
                continue;
            const auto content = contents.match(body);
            if (!content.hasMatch())
                continue;
            const QString drawn = QString::fromLatin1(stream(content.captured(1).toInt()));
            QHash<uint, QString> font;
            for (auto it = op.globalMatch(drawn); it.hasNext();) {
                const auto match = it.next();
                if (!match.captured(1).isEmpty()) {
                    font = fonts.value(match.captured(1));
                } else if (!match.captured(2).isEmpty()) {
                    const QString codes = match.captured(2);
                    for (qsizetype i = 0; i + 4 <= codes.size(); i += 4)
                        text += font.value(codes.mid(i, 4).toUInt(nullptr, 16));
                } else {
                    text += u'\n';
                }
            }
        }
        // Ligatures ("ﬁ") read as their letters, as a reader's search does.
        return text.replace(u'\t', u' ').normalized(QString::NormalizationForm_KC);
    }

    QHash<int, QByteArray> m_objects;
};

} // namespace ip::test
