// The window's icon and the desktop's files agree: the desktop entry, the
// AppStream metainfo and the icon theme all use the id the app gives Qt; the
// icon compiled in as a fallback has the sizes a window uses, and every PNG
// the package installs is drawn at its size.
#include "ui/ApplicationIcon.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ip;

class ApplicationIconTest : public QObject {
    Q_OBJECT

    static QString packagingFile(const QString& name)
    {
        return QStringLiteral(IP_SOURCE_DIR "/packaging/") + name;
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void theFallbackHoldsTheWindowSizes()
    {
        const QDir hicolor(packagingFile(QStringLiteral("icons/hicolor")));
        const QStringList sizeFolders = hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(sizeFolders.size() >= 6, qPrintable(sizeFolders.join(u' ')));

        const QIcon icon = applicationIconFallback();
        QVERIFY(!icon.isNull());
        const QList<QSize> available = icon.availableSizes();
        for (const int side : WindowIconSizes)
            QVERIFY2(available.contains(QSize(side, side)), qPrintable(QString::number(side)));
        // Nothing larger: a window made decodes every size its icon has.
        for (const QSize& size : available)
            QVERIFY2(size.width() <= 64, qPrintable(QString::number(size.width())));
        for (const QString& folder : sizeFolders) {
            const int side = folder.section(u'x', 0, 0).toInt();
            QVERIFY2(side >= 16, qPrintable(folder));
            // Drawn for its size, not scaled from another one.
            const QImage image(hicolor.filePath(folder + QStringLiteral("/apps/") +
                                                applicationId() + QStringLiteral(".png")));
            QCOMPARE(image.size(), QSize(side, side));
        }
    }

    void theWindowGetsAnIcon()
    {
        // Whether or not the icon theme has ours, there is always one, in the
        // sizes of a title bar and a task bar only.
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(32, 32).isNull());
        for (const QSize& size : icon.availableSizes())
            QVERIFY2(size.width() <= 64, qPrintable(QString::number(size.width())));
    }

    void theDesktopFilesUseTheApplicationId()
    {
        const QString id = applicationId();
        const QString entry = read(packagingFile(id + QStringLiteral(".desktop")));
        QVERIFY2(!entry.isEmpty(), "the desktop entry is named after the application id");
        QVERIFY(entry.contains(QStringLiteral("\nIcon=") + id + u'\n'));
        QVERIFY(entry.contains(QStringLiteral("\nExec=interview-prep\n")));

        const QString metainfo = read(packagingFile(id + QStringLiteral(".metainfo.xml")));
        QVERIFY2(!metainfo.isEmpty(), "the metainfo is named after the application id");
        QVERIFY(metainfo.contains(QStringLiteral("<id>") + id + QStringLiteral("</id>")));
        QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">") + id +
                                  QStringLiteral(".desktop</launchable>")));
        QVERIFY(
            QFile::exists(packagingFile(QStringLiteral("icons/") + id + QStringLiteral(".svg"))));
    }

    void theNewestReleaseIsThisVersion()
    {
        // The software centre shows the newest <release>; it must be this one.
        const QString metainfo =
            read(packagingFile(applicationId() + QStringLiteral(".metainfo.xml")));
        const QRegularExpression firstRelease(QStringLiteral("<release version=\"([^\"]+)\""));
        const QRegularExpressionMatch match = firstRelease.match(metainfo);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral(IP_VERSION));
    }
};

QTEST_MAIN(ApplicationIconTest)
#include "tst_application_icon.moc"
