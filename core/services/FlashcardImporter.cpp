#include "services/FlashcardImporter.h"

#include "content/GuideParser.h"
#include "content/GuideSource.h"
#include "content/GuideVocabulary.h"
#include "services/FlashcardGuideWriter.h"
#include "services/FlashcardReader.h"
#include "services/HtmlToMarkdown.h"
#include "services/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ip {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The file's text: UTF-8 without its byte order mark and without control
// characters other than tab and line breaks.
Result<QString> decoded(const QByteArray& input, const QString& name)
{
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF"))
        return invalid(
            QCoreApplication::translate("FlashcardImporter",
                                        "%1 is saved as UTF-16, not UTF-8; save it as UTF-8 "
                                        "(in a spreadsheet: CSV UTF-8).")
                .arg(name));
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return invalid(
            QCoreApplication::translate("FlashcardImporter",
                                        "Line %1: %2 contains NUL bytes; it is binary, not a "
                                        "text export of flashcards.")
                .arg(lineAt(bytes, nul))
                .arg(name));
    QString text = QString::fromUtf8(bytes);
    const QByteArray again = text.toUtf8();
    if (again != bytes) {
        qsizetype at = 0;
        while (at < bytes.size() && at < again.size() && bytes.at(at) == again.at(at))
            ++at;
        return invalid(
            QCoreApplication::translate("FlashcardImporter",
                                        "Line %1: %2 is not UTF-8 text (byte 0x%3); save it as "
                                        "UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.")
                .arg(lineAt(bytes, at))
                .arg(name)
                .arg(quint8(bytes.at(at)), 2, 16, QLatin1Char('0')));
    }
    static const QRegularExpression controls(
        QStringLiteral("[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]"));
    text.remove(controls);
    return text;
}

bool looksLikeHtml(const QString& field)
{
    static const QRegularExpression html(
        QStringLiteral(
            "<(br|div|p|b|i|u|s|em|strong|span|font|ul|ol|li|a|img|code|pre|sub|sup|"
            "table|tr|td|th|h[1-6]|blockquote|hr)\\b[^<>]{0,200}>|&(nbsp|amp|lt|gt|quot|#[0-9]+|"
            "#x[0-9a-f]+);"),
        QRegularExpression::CaseInsensitiveOption);
    return html.match(field).hasMatch();
}

// An HTML back split at its headings that name a guide's part ("<h3>Common
// Pitfalls</h3>", as AnkiDeckWriter writes them), so a deck exported from a
// guide comes back with its parts; what comes before the first is the
// Answer, and a back without such headings is all Answer. Empty parts are
// left out.
QList<GuideCardPart> partsOfHtml(const QString& html)
{
    static const QRegularExpression heading(
        QStringLiteral("<h([1-6])\\b[^<>]{0,200}>(.{0,300}?)</h\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QList<GuideCardPart> parts;
    QString name = QStringLiteral("Answer");
    qsizetype start = 0;
    auto addPart = [&](qsizetype end) {
        const QString markdown = HtmlToMarkdown::fromHtml(html.mid(start, end - start));
        if (!markdown.trimmed().isEmpty())
            parts << GuideCardPart{name, markdown};
    };
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto partName =
            vocabulary::canonicalPartName(HtmlToMarkdown::lineFromHtml(match.captured(2)));
        if (!partName)
            continue;
        addPart(match.capturedStart());
        name = *partName;
        start = match.capturedEnd();
    }
    addPart(html.size());
    return parts;
}

QString shortened(const QString& prompt)
{
    const QString line = prompt.simplified();
    return line.size() <= 60 ? line : line.left(57) + QStringLiteral("...");
}

// Cards without a back (or without a front), all named in one message.
Error incompleteCards(const QList<std::pair<int, QString>>& cards, bool missingBack)
{
    const QString rule = QCoreApplication::translate(
        "FlashcardImporter", "Every card needs a front (the question) and a back "
                             "(its answer), in columns separated by a "
                             "tab, a comma or a semicolon.");
    if (cards.size() == 1) {
        const auto& [line, front] = cards.first();
        return invalid(missingBack
                           ? QCoreApplication::translate("FlashcardImporter",
                                                         "Line %1: the card \"%2\" has a front but "
                                                         "no back. %3")
                                 .arg(QString::number(line), shortened(front), rule)
                           : QCoreApplication::translate(
                                 "FlashcardImporter", "Line %1: a card has a back but no front. %2")
                                 .arg(QString::number(line), rule));
    }
    QStringList lines;
    for (qsizetype i = 0; i < cards.size() && i < 10; ++i)
        lines << QString::number(cards.at(i).first);
    if (cards.size() > 10)
        lines << QStringLiteral("...");
    // Two cards or more here: the source is written in the plural English
    // always shows.
    const int count = int(cards.size());
    return invalid((missingBack
                        ? QCoreApplication::translate("FlashcardImporter",
                                                      "%n cards have a front but no back (lines "
                                                      "%1). %2",
                                                      nullptr, count)
                        : QCoreApplication::translate("FlashcardImporter",
                                                      "%n cards have a back but no front (lines "
                                                      "%1). %2",
                                                      nullptr, count))
                       .arg(lines.join(QStringLiteral(", ")), rule));
}

// A card the guide parser could not read, named by its line in the file.
Error unreadableCard(const FlashcardGuideWriter::Output& output, const QList<GuideCard>& cards,
                     const Diagnostic& diagnostic)
{
    if (diagnostic.line <= 0)
        return invalid(
            QCoreApplication::translate("FlashcardImporter",
                                        "These cards cannot become a guide: %1. Import them in "
                                        "smaller files.")
                .arg(diagnostic.message));
    qsizetype index = -1;
    for (qsizetype i = 0; i < output.headingLines.size(); ++i)
        if (output.headingLines.at(i) <= diagnostic.line)
            index = i;
    if (index < 0)
        return makeError(ErrorKind::Internal,
                         QCoreApplication::translate("FlashcardImporter",
                                                     "The imported guide cannot be read: %1.")
                             .arg(diagnostic.message));
    const GuideCard& card = cards.at(output.cardOrder.at(index));
    return invalid(
        QCoreApplication::translate("FlashcardImporter",
                                    "Line %1: the card \"%2\" cannot become part of a guide: its "
                                    "back %3.")
            .arg(card.line)
            .arg(shortened(card.prompt), diagnostic.message));
}

} // namespace

QString FlashcardImporter::titleFor(const QString& fileName)
{
    const QString title = QFileInfo(fileName).completeBaseName().replace(u'_', u' ').simplified();
    return title.isEmpty() ? tr("Flashcards") : title;
}

QString FlashcardImporter::guidePathFor(const QString& flashcardPath)
{
    const QFileInfo source(flashcardPath);
    const QString title = titleFor(source.fileName());
    const QDir folder = source.dir();
    QString path = folder.filePath(title + QStringLiteral(".md"));
    if (QFileInfo(path).absoluteFilePath() == source.absoluteFilePath())
        path = folder.filePath(title + QStringLiteral(" (guide).md"));
    return path;
}

Result<FlashcardImport> FlashcardImporter::fromBytes(const QByteArray& bytes,
                                                     const QString& fileName, const QString& title)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.size() > MaxFileBytes)
        return invalid(tr("%1 is larger than %2 MB, more than a flashcard export "
                          "holds; split it and import the parts.")
                           .arg(name)
                           .arg(MaxFileBytes / (1024 * 1024)));
    const Result<QString> text = decoded(bytes, name);
    if (!text)
        return text.error();
    const Result<FlashcardFile> file = FlashcardReader::read(*text);
    if (!file)
        return file.error();

    QList<GuideCard> cards;
    // The cards' text so far: once it alone is over a guide's size limit,
    // the rest need not be read to refuse the file.
    qsizetype textSize = 0;
    QList<std::pair<int, QString>> noBack;
    QList<std::pair<int, QString>> noFront;
    for (const Flashcard& card : file->cards) {
        const bool frontHtml = file->html.value_or(looksLikeHtml(card.front));
        const bool backHtml = file->html.value_or(looksLikeHtml(card.back));
        GuideCard guideCard;
        guideCard.line = card.line;
        guideCard.prompt =
            frontHtml ? HtmlToMarkdown::lineFromHtml(card.front) : card.front.simplified();
        if (backHtml) {
            guideCard.parts = partsOfHtml(card.back);
        } else if (const QString markdown = HtmlToMarkdown::fromPlainText(card.back);
                   !markdown.trimmed().isEmpty()) {
            guideCard.parts << GuideCardPart{QStringLiteral("Answer"), markdown};
        }
        guideCard.category = FlashcardGuideWriter::categoryFor(card.tags);
        if (guideCard.prompt.isEmpty() && guideCard.parts.isEmpty())
            continue; // only markup: an empty row
        if (guideCard.parts.isEmpty())
            noBack << std::pair{card.line, guideCard.prompt};
        else if (guideCard.prompt.isEmpty())
            noFront << std::pair{card.line, QString()};
        textSize += guideCard.prompt.size();
        for (const GuideCardPart& part : std::as_const(guideCard.parts))
            textSize += part.markdown.size();
        if (textSize > GuideSource::MaxBytes)
            return invalid(tr("Line %1: the cards up to here make more than %2 KB of "
                              "text, and a guide may be at most %2 KB; split the "
                              "file and import the parts.")
                               .arg(card.line)
                               .arg(GuideSource::MaxBytes / 1024));
        cards << guideCard;
    }
    if (!noBack.isEmpty())
        return incompleteCards(noBack, true);
    if (!noFront.isEmpty())
        return incompleteCards(noFront, false);
    if (cards.isEmpty())
        return invalid(tr("%1 holds no flashcards: no line has a front and a back.").arg(name));

    const QString guideTitle =
        title.simplified().isEmpty() ? titleFor(fileName) : title.simplified();
    const FlashcardGuideWriter::Output output =
        FlashcardGuideWriter::write(guideTitle, name, cards);
    FlashcardImport import;
    import.guideText = output.text.toUtf8();
    import.cardCount = int(cards.size());
    if (import.guideText.size() > GuideSource::MaxBytes)
        return invalid(tr("These %n cards make a guide of %1 KB, and a guide may be at most %2 "
                          "KB; split the file and import the parts.",
                          nullptr, int(cards.size()))
                           .arg(import.guideText.size() / 1024)
                           .arg(GuideSource::MaxBytes / 1024));
    import.guide = GuideParser::parse(import.guideText, name);
    for (const Diagnostic& diagnostic : std::as_const(import.guide.diagnostics))
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return unreadableCard(output, cards, diagnostic);
    if (import.guide.questions.size() != cards.size())
        return makeError(ErrorKind::Internal,
                         tr("The imported guide reads as %n questions, not %1; please report "
                            "this with the file.",
                            nullptr, int(import.guide.questions.size()))
                             .arg(cards.size()));
    return import;
}

Result<FlashcardImport> FlashcardImporter::readFile(const QString& path, const QString& title)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        return invalid(tr("%1 is a folder, not a flashcard file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Io, tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    return fromBytes(bytes, path, title);
}

Result<FlashcardImport> FlashcardImporter::importFile(const QString& path, const QString& outPath,
                                                      const QString& title)
{
    Result<FlashcardImport> import = readFile(path, title);
    if (!import)
        return import;
    if (auto written = OutputFile::write(outPath, import->guideText); !written)
        return written.error();
    return import;
}

} // namespace ip
