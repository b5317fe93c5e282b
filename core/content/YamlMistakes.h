#pragma once

#include "model/Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <string>

namespace ip {

// The mistakes people make in a guide's front matter, said in plain words at
// the line where they were made. yaml-cpp reports where it gave up, which is
// often lines later ("illegal EOF in scalar" at the end for a quotation mark
// opened on line 2), and in its own terms; and it silently misreads some
// slips (a key given twice, a list item indented too far). So the YAML lines
// are read once here for those slips, and yaml-cpp's messages that remain are
// translated.
class YamlMistakes {
    Q_DECLARE_TR_FUNCTIONS(YamlMistakes)

public:
    // yaml: the lines after the opening "---" (up to the closing one when
    // there is one); yamlFirstLine: the file line of its first line;
    // closingLine: the file line of the closing "---", 0 when there is none.
    YamlMistakes(const QString& yaml, int yamlFirstLine, int closingLine);

    // What to add when yaml-cpp read the text: the slips it misreads
    // (warnings), and those whose result is certainly wrong (errors: a
    // quotation mark never closed, the guide's text inside the front matter).
    QList<Diagnostic> whenAccepted() const;

    // The one error to show when yaml-cpp refused the text. message, line and
    // column are its exception's (line and column 0-based in yaml, -1 when
    // unknown). The first slip found at or before that line is the mistake;
    // with none, yaml-cpp's message is translated and kept at its place.
    Diagnostic whenRefused(const std::string& message, int line, int column) const;

    // The error for a front matter with no closing "---" (yaml is then every
    // line after the opening one): at the line where the guide's text seems
    // to start, which is where the "---" is missing, else at openingLine.
    Diagnostic whenUnclosed(int openingLine) const;

    // yaml-cpp's message (one of YAML::ErrorMsg) in plain words.
    static QString plainWords(const std::string& message);

private:
    enum class Kind {
        Breaking, // yaml-cpp may refuse the text because of it
        Misread,  // yaml-cpp accepts the text but reads something else
        Certain,  // wrong whether yaml-cpp refuses the text or not
    };
    struct Finding {
        Kind kind;
        int line; // in the file
        int column;
        QString message;
    };
    class Scanner;

    QList<Finding> m_findings;
    int m_yamlFirstLine;
    int m_bodyStart = 0; // the file line where the guide's text seems to start
};

} // namespace ip
