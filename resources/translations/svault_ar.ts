<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>الاسم الذي أحب أن أُنادى به</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>الضمائر التي أفضّلها</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>اللغات التي أتحدثها</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>طرق آمنة للتواصل معي</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>أوقات آمنة للتواصل معي</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>ما يساعدني على المشاركة (تسهيلات أحتاجها)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>نقاط قوتي</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>ما أريد أن يعرفه مقدّمو الخدمات عني</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>هنا ما يناسبك قوله فقط، بكلماتك أنت. كل الخانات اختيارية. لا يُشارَك شيء من هنا إلا إذا اخترت ذلك.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>بدأت الكتابة هنا ولم يُحفظ ما كتبته. ها هو. يمكنك الضغط على «حفظ» للاحتفاظ به.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>أنشأت خزنتك</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>فُتحت الخزنة بعبارة السر</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>فُتحت الخزنة بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تغيّرت عبارة السر</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>أُنشئ مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>أُزيل مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>استُعيدت الخزنة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>أُضيف هدف</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>تغيّر هدف</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>حُذف هدف</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>أُضيف اختيار لخدمة</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>تغيّر اختيار لخدمة</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>أُزيل اختيار لخدمة</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>أُضيف نوع خدمة خاص بك</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>تغيّر قسم «عني»</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>أُضيف شخص أو جهة</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>تغيّرت بيانات شخص أو جهة</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>حُذف شخص أو جهة</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>حُفظ إذن مشاركة</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>أُزيل إذن مشاركة</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>أُنشئت حزمة مشاركة</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>سُحبت الموافقة على حزمة</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>أُضيف مستند</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>تغيّرت تفاصيل مستند</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>حُذف مستند</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>أُضيف تاريخ</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>تغيّر تاريخ</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>حُذف تاريخ</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>ما تمّ في خزنتك، الأحدث أولًا. أنت وحدك من يمكنه رؤية هذا.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>هذه نسخة تجريبية. عبارة السر فيها: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>المستندات المرفقة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>النسخ المحفوظة غير محمية برمز الحزمة: يمكن لأي شخص يستخدم هذا الكمبيوتر أن يفتحها. يُرجى حفظها في مكان آمن، وحذفها حين لا تعود هناك حاجة إليها.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>حفظ هذا المستند…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>حفظ كل المستندات في مجلد…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>المستندات المرفقة: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>حفظ المستند</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>اختيار مجلد للمستندات</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>حُفظت المستندات في %2. عددها: %1.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر، على ذاكرة USB مثلًا. تُفتح بعبارة السر التي تكون لديك يوم إنشائها. إزالة التطبيق من الكمبيوتر لا تحذف خزنتك ولا نسخك الاحتياطية؛ أما «محو كل شيء» في الأسفل فيحذف الخزنة.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>التحقق من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>التذكير بإنشاء نسخة احتياطية كل هذا العدد من الأسابيع (٠: أبدًا)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>التذكير كل (عدد الأسابيع)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>لا توجد مستندات في خزنتك بعد.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>مستنداتك: %1، وحجمها الإجمالي %2. النسخة الاحتياطية تحفظها أيضًا، لذلك تحتاج إلى هذه المساحة على الأقل.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>أين تُحفظ النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>أُنشئت النسخة الاحتياطية وتمّ التحقق منها: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>اختيار النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>نسخ احتياطية (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>مُفعَّل: لقطات الشاشة وتسجيل الشاشة ومشاركة الشاشة لا تُظهر نوافذ هذا التطبيق (في الإصدارات القديمة من Windows 10 تظهر سوداء). لكن ما زال بإمكان أي شخص أن يصوّر الشاشة بكاميرا.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>مُفعَّل: يطلب التطبيق من macOS إبقاء نوافذه خارج لقطات الشاشة ومشاركة الشاشة. الإصدارات الأحدث من macOS لا تفعل ذلك دائمًا، وما زال بإمكان أي شخص أن يصوّر الشاشة بكاميرا.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>نظام جهازك لا يسمح للتطبيقات بالاختفاء من لقطات الشاشة. كل من يستطيع رؤية الشاشة أو تسجيلها يمكنه أن يرى التطبيق.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>عبارة سر النسخة الاحتياطية (التي كانت لديك يوم إنشائها)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>عبارة سر النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>هذه النسخة الاحتياطية سليمة: تُفتح بعبارة السر هذه وتجتاز كل الفحوص.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>عبارة السر هذه لا تفتح هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>هذه النسخة الاحتياطية تالفة، أو ليست نسخة احتياطية أصلًا. يُرجى إنشاء نسخة جديدة.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>لم أقرّر بعد</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>أريدها</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>أستخدمها الآن</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهيت منها</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>أي مقدّم خدمة</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>إضافة مقدّم خدمة آخر</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>إزالة هذا البند</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>اختيار مقدّم خدمة من القائمة المحلية</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>الاختيار من القائمة المحلية (اختياري)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>مقدّم الخدمة الذي أفضّله</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>كيف تسير الأمور معي؟</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>ما يفيدني</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>ما لا يفيدني</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>يمكنك اختيار خدمة من القائمة على اليمين لتحديد ما يناسبك.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>مُلئت الخانات من القائمة المحلية. يمكنك الضغط على «حفظ» للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>غيّرت هذا ولم يُحفظ التغيير. ها هي تغييراتك. يمكنك الضغط على «حفظ» للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>ما زالت تغييراتك على «%1» موجودة، لكنها لم تُحفظ بعد. يمكنك الرجوع إليها لحفظها.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>لا شيء للحفظ بعد. يمكنك اختيار ما يناسبك، إن أردت.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>أُضيف بند جديد. يمكنك كتابة مقدّم الخدمة ثم الضغط على «حفظ».</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>تمت الإزالة.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>الخيار %1 من %2. يمكن اختيار خيار واحد فقط.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>رمز الحزمة</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>حُفظت الحزمة. هذا الرمز يفتحها.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>رمز الحزمة</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>يُرجى عدم إرسال هذا الرمز مع الملف، بل إعطاؤه لهم بطريقة أخرى: قراءته لهم على الهاتف، أو كتابته على ورقة. في قارئ PDF، يُكتب الرمز تمامًا كما يظهر، بأحرف لاتينية صغيرة ومع الشرطات. وإذا كُتب بمسافات بدل الشرطات (%1) يفتح الملف أيضًا. كل من لديه الملف والرمز معًا يمكنه قراءة الحزمة. التطبيق لا يحتفظ بالرمز.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>هذه الحزمة بلا رمز: كل من لديه الملف يمكنه قراءتها.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>تم النسخ. ستُفرَّغ الحافظة بعد ٣٠ ثانية.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>ماذا تضم الحزمة؟</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>يمكنك تحديد ما يدخل في هذه الحزمة بوضع علامة عليه. لا يدخل فيها إلا ما وضعت عليه علامة.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>البدء بما يُسمح بمشاركته معهم</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>تضمين ملاحظاتي</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>تضمين رأيي في سير الخدمات معي</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>لا شيء عليه علامة بعد. يمكنك وضع علامة فقط على ما أردت مشاركته مع %1.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>العناصر المحدّدة: %1. لا يصل إلى %2 إلا ما وضعت عليه علامة.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>البدء بما يُسمح بمشاركته مع %1</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>تغيير هذا التاريخ</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>إضافة تاريخ</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ما هو</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>لأي مستند</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>تكفي كلمات قليلة واليوم. يظهر التذكير داخل التطبيق بعد فتح القفل، ولا يظهر في أي مكان آخر.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>يُرجى كتابة ما يخصّه هذا التاريخ، بكلمات قليلة.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>جلسة محكمة</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>انتهاء صلاحية مستند</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>تذكير في اليوم نفسه</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>تذكير في اليوم السابق</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>تذكير قبل %n يوم</numerusform>
            <numerusform>تذكير قبل يوم واحد</numerusform>
            <numerusform>تذكير قبل يومين</numerusform>
            <numerusform>تذكير قبل %n أيام</numerusform>
            <numerusform>تذكير قبل %n يومًا</numerusform>
            <numerusform>تذكير قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>تنتهي صلاحية %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>تذكير: الموعد قريب</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>تذكير: هذا اليوم قد مضى</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>تواريخي</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>جلسات المحكمة والمواعيد والتجديدات، ويوم انتهاء صلاحية كل مستند. تظهر التذكيرات هنا وفي «خطتي»، فقط بعد فتح القفل.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>إضافة تاريخ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>وضع علامة «تمّ»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>لا توجد تواريخ بعد. يمكنك إضافة جلسة محكمة أو موعد أو تجديد متى أردت. ويوم انتهاء صلاحية أي مستند يظهر هنا تلقائيًا.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>يُرجى اختيار تاريخ من القائمة أولًا.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>هذا يوم انتهاء صلاحية مستند: يمكن تغييره من تفاصيل المستند.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>لم يتمّ بعد</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>وُضعت علامة «تمّ». توقّف تذكيره.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>وُضعت علامة «لم يتمّ بعد».</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>حذف هذا التاريخ؟</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>حذف «%1» من تواريخك؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>لم يُحفظ بعد: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>ما يمكنك فعله الآن</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>محو كل شيء</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>هذا يكتب فوق خزنتك ويحذفها، مع ملف مفاتيحها ونسخته، والنسخ الاحتياطية المحفوظة في مجلدها. لا يمكن التراجع عن ذلك. أما النسخ الاحتياطية التي حفظتها في مكان آخر (على ذاكرة USB مثلًا) فلا تُمسّ.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>يُرجى العلم: في بعض الأقراص (SSD) وفي المجلدات التي تُزامَن مع السحابة، قد تبقى نسخ قديمة من الملفات المشفّرة حتى بعد المحو.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>كتابة عبارة السر للتأكيد</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة السر</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>إيقاف المحو!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>يُرجى كتابة عبارة السر.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>عبارة السر هذه غير صحيحة، لذلك لم يُمحَ شيء.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>سيُمحى كل شيء بعد %1… إن لم يكن هذا ما أردت، يمكنك الضغط على «إيقاف المحو».</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>توقّف المحو. لم يُمحَ شيء.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>محو كل شيء</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>الكتابة فوق هذه الخزنة وحذفها. سيُطلب منك إدخال عبارة السر، ويمكنك الإيقاف خلال عدّ تنازلي قصير.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>محو كل شيء…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>تعذّرت قراءة ملف البدء هذا، لذلك لم يُستخدم. لم يُضف شيء. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>تعذّرت قراءة ملف البدء هذا، لذلك لم يُستخدم. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>حدث خلل في الخزنة. لم يتغيّر شيء آخر.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>عبارة السر هذه لم تفتح الخزنة. توقّف تغيير عبارة السر قبل أن يكتمل، لذلك ما زالت عبارة السر القديمة تعمل.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>مفتاح الاسترداد هذا لم يفتح الخزنة. توقّف تغيير مفتاح الاسترداد قبل أن يكتمل، لذلك ما زال مفتاح الاسترداد القديم يعمل.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>هذا لا يبدو مفتاح استرداد. المفتاح ٧ مجموعات، في كل منها ٤ أحرف وأرقام لاتينية، مثل ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>مفتاح الاسترداد هذا لم يفتح الخزنة. يُرجى مراجعة كل مجموعة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>عبارة السر هذه لم تفتح الخزنة. يُرجى مراجعتها والمحاولة مرة أخرى. هل مفتاح Caps Lock مُفعَّل، أو هل لغة لوحة المفاتيح مختلفة؟</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>عبارة السر هذه لا تفتح هذه النسخة الاحتياطية. المطلوب عبارة السر التي كانت لديك يوم إنشائها.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>ملف النسخة الاحتياطية هذا تالف، أو ليس نسخة احتياطية لخزنة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ليست نسخة احتياطية، لذلك لم تُستخدم. خزنتك كما كانت.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>تعذّرت قراءة ملف النسخة الاحتياطية (هل نُزعت ذاكرة USB؟). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من التطبيق. يُرجى تحديث التطبيق لفتحها. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>يبدو أن ملفات الخزنة تالفة، لذلك لا يمكن فتحها بأمان. لم يتغيّر شيء. إذا كانت لديك نسخة احتياطية، يمكنك استعادتها.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>كانت مهمة أخرى ما زالت تستخدم الخزنة، لذلك لم يتغيّر شيء. يُرجى المحاولة مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>لتغيير مفاتيح الخزنة، يُرجى اختيار عبارة سر جديدة أولًا.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أخرى. يُرجى إغلاقها هناك أولًا.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>لا توجد خزنة في هذا المجلد.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>توجد خزنة هنا من قبل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>يُرجى اختيار عبارة سر. لا يمكن أن تكون فارغة.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>عبارتا السر غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>ليس لهذه الخزنة مفتاح استرداد.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>لا توجد مساحة كافية على القرص. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>لا يمكن الكتابة في مجلد الخزنة (ربما يكون للقراءة فقط، أو على قرص مقفل). لم يضِع شيء.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>هذا العنصر لم يعد موجودًا في الخزنة.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>الخزنة مقفلة. يُرجى فتحها أولًا.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>تعذّر الحفظ. يُرجى مراجعة ما كتبته.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>يحتاج الهدف إلى عنوان قصير.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>حجم هذا المستند أكبر من ٥٠ ميغابايت، لذلك لا يمكن حفظه في الخزنة. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>تغيّر هذا المستند أثناء قراءته (ربما ما زال يُحفظ أو يُزامَن). لم يُضف شيء. يُرجى المحاولة مرة أخرى بعد انتهاء ذلك.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>نسخة هذا المستند في الخزنة تالفة ولا يمكن قراءتها. مستنداتك الأخرى سليمة.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>لا توجد مساحة فارغة كافية على قرص هذا الكمبيوتر لحفظ هذا المستند بأمان: أثناء إضافته يحتاج إلى ضعف حجمه تقريبًا. لم يُضف شيء. خزنتك سليمة.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>تعذّرت قراءة هذا الملف (ربما يكون مجلدًا، أو نُقل، أو هو مقفل). لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>تعذّر حفظ النسخة هناك (ربما يكون المجلد للقراءة فقط، أو لم يعد موجودًا). مستندك ما زال آمنًا في خزنتك.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>توقّفت إضافة المستندات. المستندات التي أُضيفت قبل ذلك محفوظة؛ أما الباقي فلم يُضف.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>هذا ليس ملفًا يمكن أن يحتوي على حزمة (إنه مجلد أو جهاز أو قناة بيانات).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>هذا الملف أكبر من أن يكون حزمة مشاركة.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>رمز الحزمة هذا لا يفتح هذه الحزمة. يُرجى التأكد منه مع الشخص الذي أرسلها.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>تحذير: تغيّرت هذه الحزمة منذ إنشائها، أو استُبدلت أجزاء منها. لا يُعتمد عليها. يُرجى طلب حزمة جديدة من الشخص الذي أرسلها.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>هذا الملف ليس حزمة مشاركة، أو أنه تالف.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>هذا الملف لم يعد موجودًا هناك. يُرجى اختياره مرة أخرى.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>انتهت الموافقة على هذه الحزمة، فلا ينبغي استخدامها بعد الآن. يمكن سؤال الشخص الذي أرسلها إن كان يرغب في المشاركة من جديد.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>لم تجتز الحزمة فحصها الذاتي، لذلك لم تُحفظ. لم يُشارَك شيء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>لا يمكن وضع «%1» في الحزمة، لذلك لم تُنشأ الحزمة. يمكنك استبعاده.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>«%1» صورة لا يستطيع التطبيق فتحها (ربما تكون تالفة أو كبيرة جدًا)، لذلك لا يمكنه إزالة بياناتها المخفية. لم تُرفق، ولم تُنشأ الحزمة. يمكنك استبعادها.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>«%1» ملف صورة فيه عدة صفحات، ولم يمكن تنظيف غير الصفحة الأولى من بياناتها المخفية. وحتى لا تضيع أي صفحة، لم تُنشأ الحزمة. يمكنك استبعاده.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>«%1» صورة بصيغة (HEIC أو AVIF أو JPEG XL) لا يستطيع التطبيق إزالة بياناتها المخفية، لذلك لم تُنشأ الحزمة. يمكنك استبعادها، أو حفظ الصورة بصيغة JPEG وإضافة تلك النسخة.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>«%1» تالف في الخزنة ولا يمكن قراءته، لذلك لم تُنشأ الحزمة. مستنداتك الأخرى سليمة. يمكنك استبعاده.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>أحد المستندات في هذه الحزمة له اسم ملف قد يصل إلى خارج المجلد، لذلك لم يُحفظ شيء. لا يُعتمد على هذه الحزمة.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>يوجد في ذلك المجلد ملف يحمل اسم أحد المستندات. لم يُكتب فوق أي شيء. يُرجى اختيار مجلد فارغ.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>لا يمكن حفظ المستندات إلا في مجلد، وهذا ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>المستندات التي اخترتها أكبر من أن تتسع لها حزمة واحدة: الحد الأقصى لها معًا %1 ميغابايت. يمكنك استبعاد بعضها، أو مشاركتها في حزمتين.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>ملف البدء هذا كبير جدًا، لذلك لم يُستخدم. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>توقّفت قراءة ملف البدء. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>تعذّرت قراءة الملفات أو الكتابة فيها. يُرجى فحص القرص والمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>ملاحظات لمن يساعد</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>جارٍ إنشاء خزنتك</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>هذا التطبيق يحفظ خطتك أنت: أهدافك، والخدمات التي تناسبك والتي لا تناسبك، وما يهمّك أن يعرفه مقدّمو الخدمات عنك. يحفظ كل شيء على هذا الكمبيوتر، ولا يرسل شيئًا إلى أي مكان.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>لا أحد يستطيع رؤية خطتك دون عبارة السر: لا جهة ولا نحن. القرار لك: هل يُشارَك شيء، ومع من، وحتى متى.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>يُرجى العلم: إذا كان أحد يراقب هذا الكمبيوتر ببرنامج مخفي، فقد يرى كل ما يُكتب عليه. إذا كان لديك أي شك في أمان هذا الكمبيوتر، يمكنك إعداد التطبيق لاحقًا على جهاز أكثر أمانًا.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>لديّ نسخة احتياطية سابقة: استعادتها…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>فتح حزمة مشاركة أعطاني إياها أحد…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>هل يساعدك أحد في الإعداد؟</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>أقوم بالإعداد بنفسي</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>هناك من يساعدني (مثل شخص من جهة دعم)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>من يساعد يرى ملاحظات قصيرة في كل خطوة. ولا يحتاج أبدًا إلى رؤية عبارة السر ولا ما كتبته.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>ما المظهر الذي يناسبك للتطبيق؟</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>في الوضع المتخفّي تحمل النافذة اسم «الملاحظات» وأيقونة بسيطة، فلا تكشف نظرة إلى الشاشة أو إلى شريط المهام ما هو التطبيق. يمكنك تغيير ذلك لاحقًا في «الإعدادات».</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>استخدام الوضع المتخفّي</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>معاينة اسم النافذة وأيقونتها:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>اختيار عبارة السر</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>عبارة السر كلمات قليلة يسهل عليك تذكّرها ويصعب على غيرك تخمينها، مثل أربع كلمات ترسم صورة في ذهنك.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>إذا نسيتها فلن يستطيع أحد فتح الخزنة، ولا حتى نحن. لذلك تُنشئ الخطوة التالية مفتاح استرداد لهذا الغرض بالذات.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة السر</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>مدى قوة عبارة السر</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة السر نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>إذا نسيت عبارة السر يومًا، فهذا المفتاح يفتح خزنتك.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>تخطّي هذه الخطوة (لا يُنصح بذلك)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>هل لديك شيء من جهة ما؟ (اختياري)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>ربما أعطتك جهة ما ملف بدء: فيه بيانات التواصل معها وقائمة بالخدمات في منطقتك. فتحه لا يشارك معها أي شيء، ولا يختار أي شيء بدلًا منك. يمكنك تخطّي هذه الخطوة.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>فتح ملف بدء…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>فتح قائمة بالخدمات المحلية…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>جارٍ قراءة ملف البدء</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>عدم استخدام هذا الملف</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>القرار لك</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>خزنتك جاهزة. لا يُشارَك شيء إلا إذا اخترت ذلك.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>الخروج السريع: الضغط على مفتاح Shift (⇧) ثلاث مرات، أو على الزر الأحمر في الأعلى، يُخفي التطبيق ويغلقه فورًا.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>لمن يساعد: يُرجى ترك الشخص يقرأ على مهله. لا شيء هنا يسأل عمّا مرّ به.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>لمن يساعد: يمكنك البقاء أثناء الإعداد، ولا حاجة لك أبدًا إلى عبارة السر.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>لمن يساعد: يُرجى السؤال إن كان آخرون يستخدمون هذا الكمبيوتر أو يطّلعون عليه.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>لمن يساعد: يُرجى إبعاد نظرك الآن، أو تسليم لوحة المفاتيح. يُرجى عدم النظر أثناء كتابة عبارة السر، وعدم تدوينها.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>لمن يساعد: يُرجى إبعاد نظرك ما دام المفتاح ظاهرًا. يمكنك المساعدة في اختيار مكان آمن له، دون رؤيته.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>لمن يساعد: إذا أحضرت ملف بدء، فهنا مكانه. يضيف بيانات التواصل معك دون أي إذن بالمشاركة.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>لمن يساعد: شكرًا لك. من هنا فصاعدًا، القرار للشخص نفسه.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>إنشاء خزنتي</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>فتح خزنتي</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>عبارة السر هذه سهلة التخمين. يمكنك جعلها أطول، أو الضغط على «التالي» مرة أخرى لإبقائها. القرار لك.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>تخطّي مفتاح الاسترداد؟</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>بلا مفتاح استرداد، إذا نُسيت عبارة السر فلن يستطيع أحد فتح الخزنة، أبدًا. يمكنك إنشاء مفتاح لاحقًا في «الإعدادات».</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>تخطّي المفتاح</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>الاحتفاظ بالمفتاح</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>اختيار المجلد الذي فيه ملفات قائمة الخدمات</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>اختيار ملف البدء</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>ملفات البدء (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>جارٍ قراءة ملف البدء…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>بلا بطاقة تعريف بالجهة</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>جاهز للإضافة: %1. الخدمات المحلية في قائمته: %2. لن يُختار أي شيء بدلًا منك.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>جارٍ إنشاء خزنتك. يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>مفتاح الاسترداد يعمل. يُرجى حفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>ليس لديك مفتاح استرداد بعد. يمكنك إنشاء مفتاح في «الإعدادات».</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>الخدمات المحلية المضافة من ملف البدء: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>نسيت عبارة السر</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>فتح وحفظ</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>يمكنك كتابة مفتاح الاسترداد، ثم اختيار عبارة سر جديدة. يبقى مفتاح الاسترداد صالحًا بعد ذلك.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>سبع مجموعات، في كل منها أربعة أحرف وأرقام لاتينية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة السر الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة السر الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>يُرجى كتابة مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>جارٍ الفتح بمفتاح الاسترداد…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>لم يُحفظ هذا بعد. ها هو.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختياري)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>GoalArea</name>
    <message>
        <source>No area</source>
        <translation>بلا مجال</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>الشؤون القانونية</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>العافية</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>القيادة ومساعدة الآخرين</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>تغيير الهدف</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>لا يلزم إلا الهدف نفسه. لا يخرج شيء من هنا من خزنتك إلا إذا أنشأت حزمة.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>بدأت كتابة هذا الهدف ولم يُحفظ بعد. ها هو.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>بدأت تغيير هذا الهدف ولم تُحفظ التغييرات بعد. ها هي تغييراتك.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>هدفي</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>مثلًا: إيجاد شقة قريبة من أختي</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>لماذا يهمّني</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>مجال الحياة</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>وضعه الآن</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>أتمنى تحقيقه بحلول</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>لديّ تاريخ في ذهني</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>يُرجى إعطاء هدفك عنوانًا قصيرًا. كل ما عدا ذلك اختياري.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>أعمل عليه</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>حقّقته</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>تركته</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>لا خطوات بعد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>حقّقته</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>الخطوات: %1 من %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المأمول</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>أهدافك، خطوة بخطوة. القرار لك: ماذا، وكيف، ومتى.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>عرض الأهداف</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>كل أهدافي</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>أهداف وضعتها جانبًا</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>البحث في أهدافي</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>وضع جانبًا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>إظهار من جديد</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>لا توجد أهداف تطابق بحثك.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>لا توجد أهداف موضوعة جانبًا.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>عرض كل أهدافي</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>لا توجد أهداف كهذه الآن.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>لا توجد أهداف هنا بعد. يمكنك إضافة هدف متى شئت.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>يُرجى اختيار هدف من القائمة أولًا.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>هدف جديد، لم يُحفظ بعد: «%1»</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>هدف جديد، لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>تغييرات لم تُحفظ بعد: «%1»</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>وُضع جانبًا. يمكنك إيجاده في «عرض: أهداف وضعتها جانبًا».</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>ظهر من جديد.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>حذف هذا الهدف؟</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>حذف هذا الهدف وخطواته؟ لا يمكن التراجع عن ذلك. إذا كان المقصود إبعاده عن النظر فقط، يمكنك اختيار «وضع جانبًا» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>تاريخ الإنشاء: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>العناصر: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>محمية برمز الحزمة</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>غير محمية (ملف PDF عادي)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>ما زال بإمكانهم استخدامها</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>إلى %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>ما يدخل في الحزمة</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (لا شيء هنا بعد)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>يُرجى كتابة عبارة السر الحالية.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>النسخ الاحتياطية التي أُنشئت قبل الآن ما زالت تُفتح بعبارة السر أو مفتاح الاسترداد القديمين. يُرجى إنشاء نسخة احتياطية جديدة الآن، ثم إتلاف النسخ القديمة.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>مفتاح الاسترداد كان من نوع قديم ولم يمكن نقله إلى المفتاح الجديد، لذلك لم يعد يعمل. يُرجى إنشاء مفتاح جديد في «الإعدادات».</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>عبارة السر الحالية التي كُتبت غير صحيحة، لذلك لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>نسخة تجريبية: بيانات للتجربة فقط. تُحذف عند إغلاق التطبيق.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>نسخة تجريبية: بيانات للتجربة فقط</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>نسخة تجريبية</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>القفل الآن (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>خروج سريع: إخفاء التطبيق وإغلاقه الآن</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>يُخفي التطبيق ويغلقه فورًا. ويمكن أيضًا الضغط على مفتاح Shift (⇧) ثلاث مرات.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>مكتبة التشفير مفقودة أو لا تعمل، لذلك لا يستطيع هذا التطبيق حماية معلوماتك، ولن يُفتح. يُرجى إعادة تثبيت التطبيق.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>جارٍ محو كل شيء. يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>يكتمل المحو في المرة القادمة التي يُفتح فيها التطبيق.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>عند استخدام هذا المفتاح الجديد، يتوقف مفتاح الاسترداد القديم عن العمل.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>هذا المفتاح يفتح خزنتك إذا نسيت عبارة السر.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>استخدام هذا المفتاح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>جارٍ تثبيت المفتاح الجديد</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>جارٍ تثبيت مفتاحك الجديد. يستغرق ذلك لحظة؛ يُرجى الانتظار.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>ملف مفاتيح خزنتك كان تالفًا أو مفقودًا. استُخدمت نسخته، وأُعيد ملف المفاتيح إلى مكانه. لم يضِع شيء.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>قرص هذا الكمبيوتر ممتلئ، لذلك لا يمكن حفظ أي شيء جديد في خزنتك الآن. خزنتك سليمة. لتوفير مساحة، يمكنك إفراغ سلة المحذوفات أو حذف ملفات كبيرة لا حاجة لك بها.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>توقّف تغيير عبارة السر أو مفتاح الاسترداد قبل أن يكتمل (بالخروج السريع مثلًا)، لذلك لم يتغيّر شيء: عبارة السر ومفتاح الاسترداد القديمان ما زالا يعملان. وإن أردت التغيير، يمكنك إجراؤه مرة أخرى في «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>فتح حزمة مشاركة</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>لمن وصلته حزمة مشاركة: يمكنك اختيار الملف وكتابة رمز الحزمة الذي أُعطي لك. وتُفحص الحزمة للتأكد من أنها لم تتغيّر.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>رمز الحزمة</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>مثلًا: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>الفتح والتحقق</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>فتحها على أي حال</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>حفظ بياناتها بصيغة JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>اختيار الحزمة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>يُرجى اختيار ملف الحزمة أولًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>تمّ التحقق: لم تتغيّر منذ إنشائها. موقّعة بالمفتاح %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>تحذير: أُنشئت هذه الحزمة بإصدار أقدم من Survivor Vault. توقيعها يشمل البيانات المعروضة هنا، لكنه لا يشمل شكل صفحاتها. يُرجى الاعتماد على هذا النص لا على الصفحات، أو طلب حزمة جديدة.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>تحذير: هذه الحزمة غير موقّعة، فلا شيء يؤكد أنها لم تتغيّر. يُرجى عدم الاعتماد عليها قبل سؤال الشخص الذي أرسلها.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>انتهت الموافقة عليها. يُرجى عدم استخدامها إلا إذا وافق الشخص الذي أرسلها.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>حفظ البيانات</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>أعمل عليه</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>تركته</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>أريدها</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>أستخدمها الآن</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>الشؤون القانونية</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>العافية</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>القيادة ومساعدة الآخرين</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>الاسم الذي أحب أن أُنادى به</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>الضمائر التي أفضّلها</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>اللغات التي أتحدثها</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>طرق آمنة للتواصل معي</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>أوقات آمنة للتواصل معي</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>ما يساعدني على المشاركة (تسهيلات أحتاجها)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>نقاط قوتي</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>ما أريد أن يعرفه مقدّمو الخدمات عني</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>بطاقة هوية أو جواز سفر</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>الهجرة والإقامة</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>محكمة أو شؤون قانونية</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>المال والمساعدات</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>الدراسة أو التدريب</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>معلومات اخترت مشاركتها معكم</translation>
    </message>
    <message>
        <source>For</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>تنتهي الموافقة في</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>بكلماتي</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>إذا وصلكم هذا عن طريق الخطأ، يُرجى حذفه وعدم مشاركته مع أحد.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>هذه النسخة غير مقفلة برمز حزمة: يمكن لأي شخص لديه الملف أن يقرأها. يُرجى حفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>لماذا يهمّني</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>وضعه الآن</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>مجال الحياة</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>أتمنى تحقيقه بحلول</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>مقدّم الخدمة الذي أفضّله</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>ما يفيدني</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>ما لا يفيدني</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>ملاحظة مني</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>موقّعة. بصمة المفتاح</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>البصمة نفسها على حزمتين تعني أنهما من الشخص نفسه. الأمر «open-packet» في Survivor Vault يتحقق من أن شيئًا لم يتغيّر.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>غير موقّعة.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>أختار مشاركة المعلومات الواردة في هذه الحزمة مع %1، لهذا الغرض: %2. تنتهي موافقتي في %3. ويمكنني سحبها في أي وقت.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>أسحب موافقتي على الحزمة %1 التي أنشأتها في %2 وكانت موجّهة إلى %3. أرجو منكم حذفها وحذف أي نسخ منها، وعدم استخدام المعلومات الواردة فيها من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ سحب الموافقة</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>المستندات المرفقة: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>هي موجودة داخل ملف PDF هذا كمرفقات: يعرضها قارئ PDF في لوحة المرفقات (غالبًا زر على شكل مشبك ورق). الأمر «open-packet --extract» في Survivor Vault يتحقق منها ويحفظها. أُرسلت الصور دون بياناتها المخفية (مكان التقاطها ووقته، والكاميرا).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>إنشاء حزمة مشاركة</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>بدأت إنشاء هذه الحزمة ولم يكتمل. ها هو كل ما اخترته وكتبته.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>الشخص الذي كانت الحزمة موجّهة إليه لم يعد في قائمتك: يُرجى اختيار من توجَّه إليه الحزمة.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>عن المستند الذي اخترته</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>يمكنك اختيار مستند من القائمة لرؤية تفاصيله.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1، %2، أُضيف في %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>تاريخ الإصدار: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>انتهت صلاحيته: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>تنتهي صلاحيته: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>يوجد تذكير.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>يوجد تذكير في اليوم نفسه.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>حفظ نسخة؟</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>النسخة المحفوظة لن تكون محمية: يمكن لأي شخص يستخدم هذا الكمبيوتر، أو المكان الذي تُحفظ فيه، أن يفتحها. ويبقى مستندك في خزنتك أيضًا.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>حُفظت نسخة باسم %1. هي غير محمية: يُرجى حذفها حين لا تعود هناك حاجة إليها.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>تفاصيل هذا المستند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>أعرف التاريخ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>له تاريخ انتهاء صلاحية</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>لا يلزم إلا اسم. الملف نفسه يبقى كما أُضيف.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>يُرجى إعطاء المستند اسمًا قصيرًا، بكلماتك أنت.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>بطاقة هوية أو جواز سفر</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>الهجرة والإقامة</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>محكمة أو شؤون قانونية</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>المال والمساعدات</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>الدراسة أو التدريب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>جارٍ فتح مستندك…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>لا توجد معاينة لهذا المستند. إنه محفوظ بأمان في خزنتك كما هو، ويمكنك حفظ نسخة منه.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>لا يمكن عرض هذه الصفحة. المستند محفوظ بأمان في خزنتك كما هو، ويمكنك حفظ نسخة منه.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1، الصفحة %2 من %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>انتهت صلاحيته في %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>نسخ من مستنداتك، مقفل عليها داخل خزنتك. لا يُشارَك شيء من هنا إلا إذا اخترت مستندًا لحزمة.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>البحث في مستنداتي</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>جارٍ إضافة المستندات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>إضافة مستندات…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>إيقاف الإضافة</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>لا يوجد مستند يطابق بحثك.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>لا توجد مستندات بعد. متى شئت، يمكنك إضافة نسخة من مستند: بطاقة هوية، أو رسالة، أو ورقة من المحكمة. تُحفظ مقفلًا عليها داخل خزنتك.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>يُرجى اختيار مستند من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>يُرجى الانتظار حتى تُضاف المستندات.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>جارٍ إضافة مستنداتك إلى الخزنة…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>جارٍ إضافة مستندك إلى الخزنة…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>أُضيف إلى خزنتك: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>لم يُضف: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>حذف الملفات الأصلية؟</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>مستنداتك الآن في خزنتك. ويمكن للتطبيق أيضًا حذف الملفات الأصلية من هذا الكمبيوتر.

في أقراص SSD ومجلدات السحابة (OneDrive وiCloud وDropbox)، قد يظل من الممكن العثور على الملف المحذوف لبعض الوقت. أما النسخ الموجودة في البريد الإلكتروني أو على الهاتف فتبقى.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>حذف الملفات الأصلية</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>حُذفت الملفات الأصلية من هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>حُذف الملف الأصلي من هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>لم يُحذف: %1. تغيّر منذ إضافته، أو تعذّرت إزالته. تحتفظ خزنتك بالنسخة التي أُضيفت إليها.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>حذف هذا المستند؟</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>حذف «%1» من خزنتك؟ يُكتب فوق نسخته في الخزنة ولا يمكن إرجاعها. أما الحزم التي أنشأتها من قبل فتبقى بما فيها.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>لم يُحفظ بعد: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>إظهار ما كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>تغيير عبارة السر</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة السر الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة السر الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة السر الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة السر</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>جارٍ تغيير عبارة السر</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>تغيير عبارة السر يقفل خزنتك كلها بمفتاح جديد أيضًا. إذا ظننت أن أحدًا ربما يعرف عبارة السر، فهنا شرح لما يمكن فعله:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>ربما يعرف أحد عبارة السر الخاصة بي…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>جارٍ تغيير عبارة السر. يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>تمّ. من الآن فصاعدًا تفتح عبارة السر الجديدة الخزنة؛ أما القديمة فلا.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>أشخاص وجهات</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>أشخاص وجهات قد تهمّك المشاركة معهم يومًا ما. إضافة أحد هنا لا تعني مشاركة أي شيء معه.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>البحث في الأشخاص والجهات</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>الأشخاص والجهات</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>إضافة شخص أو جهة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>لا أحد يطابق بحثك.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>لا أحد هنا بعد. يمكنك إضافة شخص أو جهة متى شئت.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>يُرجى اختيار أحد من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>لم يُحفظ بعد: «%1»</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>حذف؟</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>حذف هذا الشخص أو هذه الجهة من قائمتك؟ ينتهي أيضًا أي إذن بالمشاركة معهم. ويحتفظ سجل المشاركة بما سُجّل فيه.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>المسموح بمشاركته</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>ما يُسمح بمشاركته مع %1</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>يمكنك وضع علامة على ما يُسمح بمشاركته مع %1. هذا لا يرسل أي شيء. وعند إنشاء حزمة لهم، ستكون على هذه الخانات علامة مسبقًا.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>تضمين ملاحظاتي</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>تضمين رأيي في الخدمات</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>غيّرت هذا ولم يُحفظ التغيير. ها هي تغييراتك.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>الغرض، بكلماتي</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>عن الشخص الذي اخترته</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>يمكنك اختيار أحد من القائمة لرؤية ما يُشارَك معه.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>المسموح بمشاركته: لا شيء بعد.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>المسموح بمشاركته: %1، حتى %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>المسموح بمشاركته: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>ليست لديهم الآن أي حزمة منك.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>الحزم التي لديهم الآن: %1 (حتى %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>تغيير بيانات الشخص أو الجهة</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>إضافة شخص أو جهة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>التخلّص من تغييراتي</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>لا يلزم إلا الاسم. إضافة أحد هنا لا تعني مشاركة أي شيء معه.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>لم يُحفظ هذا بعد. ها هو.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>يُرجى كتابة اسم، ولو كان الاسم الأول فقط أو لقبًا.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>أين وصلت الأمور، بنظرة سريعة. كل بطاقة تأخذك إلى صفحتها.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>الانتقال إلى أهدافي</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>لا أهداف قيد العمل الآن. متى شئت، يمكنك إضافة هدف في صفحة الأهداف.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>أهداف قيد العمل: %1، أهداف حقّقتها: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>الخطوات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>لا خطوات بعد</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>الانتقال إلى خدماتي</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>لم تُحدَّد أي خدمات بعد. لا داعي للعجلة.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>قيد الاستخدام: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>أريدها: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>ليس الآن: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>لا، شكرًا: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>انتهيت منها: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>قيد الاستخدام الآن: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>ما أريده: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>تواريخي ومستنداتي</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>الانتقال إلى تواريخي</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>لا توجد تذكيرات حالية.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>القادم: %1، %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>لا توجد مستندات محفوظة بعد.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>المستندات المحفوظة في خزنتك: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>من لديه حزمة مني</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>الانتقال إلى المشاركة</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>لا أحد لديه حزمة منك الآن.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1، حتى %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>آخر حزمة أنشأتها</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>عرض سجل المشاركة</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>لم تُنشأ أي حزمة بعد. لم يخرج شيء من خزنتك.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>إلى %1، أُنشئت في %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>سحبت موافقتك في %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>نسختي الاحتياطية</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>الانتقال إلى النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>حان وقت نسخة جديدة.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>هذه هي الصفحات نفسها التي سيرونها تمامًا. يمكنك الرجوع لتغيير أي شيء.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>جارٍ تجهيز المعاينة</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>معاينة الصفحات</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>جارٍ تجهيز المعاينة…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>الصفحات: %1. العناصر: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>لم يبقَ شيء في هذه الحزمة. يمكنك الرجوع لاختيار ما يدخل فيها.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>تُرسل الصور دون بياناتها المخفية (مكان التقاطها ووقته، والكاميرا). أما المستندات الأخرى فتُرسل تمامًا كما هي في خزنتك.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>استبعاده</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>استبعاد %1 من هذه الحزمة</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>المستندات المرفقة: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>يمكنك اختيار من يستطيع فتح الملف.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>حمايتها برمز حزمة (يُنصح بذلك)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>ملف PDF عادي يمكن لأي أحد فتحه وطباعته</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>لا يُفتح الملف إلا برمز يصلهم منك بطريقة أخرى، بالهاتف أو على ورقة مثلًا.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>تنبيه: أي شخص يحصل على هذا الملف، من عنوان بريد إلكتروني خاطئ أو ذاكرة USB ضائعة مثلًا، يمكنه قراءة كل ما فيه.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>فهمت، وأريد ملف PDF عاديًا</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>توقيعها</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>التوقيع يتيح لهم التحقق من أن أحدًا لم يغيّرها، وأنها من الشخص نفسه الذي أرسل حزمك الأخرى. ولا يُظهر اسمك.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>لأي غرض، وحتى متى؟</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>يُطبع الغرض وتاريخ الانتهاء على الصفحة الأولى.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>الغرض، بكلماتي</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>مثلًا: للتخطيط معي للحصول على دعم في السكن</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>تنتهي موافقتي في</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>ملاحظة بكلماتي</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>لغة الحزمة</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>لغة الحزمة (قد لا يقرأ من سيقرؤها لغتك)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>لمن الحزمة؟</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>يمكنك اختيار الشخص أو الجهة. إضافة أحد لا تعني مشاركة أي شيء معه.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>لمن الحزمة</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>إضافة شخص أو جهة…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>يُرجى تدوينه على ورقة أو طباعته، وحفظه في مكان آمن بعيدًا عن هذا الكمبيوتر. كل من يحصل عليه يمكنه فتح خزنتك. لن يظهر إلا الآن.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>طباعته (حفظه كملف PDF من صفحة واحدة)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>مجموعة من مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>للتأكد من أنك احتفظت به، يُرجى كتابة المجموعة رقم %1 من المفتاح (بالعدّ من اليسار):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>هذا غير مطابق. يُرجى النظر إلى المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>شكرًا لك. يُرجى حفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>مفتاح الاسترداد الخاص بي</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>هذا المفتاح يفتح خزنتي إذا نسيت عبارة السر. يُحفظ في مكان آمن بعيدًا عن الكمبيوتر.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>تم الحفظ: %1. يُرجى طباعته، ثم حذف الملف إذا كان آخرون يستخدمون هذا الكمبيوتر.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>إنشاء مفتاح استرداد جديد…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>لديك مفتاح استرداد. إنشاء مفتاح جديد يوقف عمل القديم.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>ليس لديك مفتاح استرداد. إذا نسيت عبارة السر، فلن يستطيع أحد فتح الخزنة.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>مفتاح الاسترداد الجديد يعمل الآن. أما القديم فلا.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>انتهت صلاحية %1 في %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>تنتهي صلاحية %1 في %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>تذكيري</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>عدد الأيام قبل الموعد</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>في اليوم نفسه</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> يوم مسبقًا</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> يوم مسبقًا</numerusform>
            <numerusform> يوم مسبقًا</numerusform>
            <numerusform> يوم مسبقًا</numerusform>
            <numerusform> أيام مسبقًا</numerusform>
            <numerusform> يومًا مسبقًا</numerusform>
            <numerusform> يوم مسبقًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>لديك تذكير</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>و%1 أخرى في «تواريخي»</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>يمكنك اختيار ملف النسخة الاحتياطية وكتابة عبارة السر التي كانت لديك يوم إنشائها. إذا كانت على هذا الكمبيوتر خزنة، فإنها تبقى إلى أن تُفتح النسخة الاحتياطية وتجتاز الفحوص؛ ثم تحلّ النسخة الاحتياطية محلّها.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>اختيار النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>عبارة سر النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>اختيار النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>نسخ احتياطية (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>يُرجى اختيار ملف النسخة الاحتياطية أولًا.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>يُرجى كتابة عبارة سر النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 خزنتك كما كانت.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>القفل تلقائيًا بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>القفل تلقائيًا بعد</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>الوضع المتخفّي</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>تحمل النافذة اسم «الملاحظات» وأيقونة بسيطة، حتى قبل فتح القفل.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>الخروج السريع: الضغط على مفتاح Shift (⇧) ثلاث مرات، أو على زر «خروج سريع»، يُخفي التطبيق ويغلقه فورًا.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>إبلاغي بإشعار</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>إبلاغي بإشعار حين يحين موعد تذكير</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>مُعطَّل إلا إذا فعّلته. حين يحين موعد تذكير، يعرض الكمبيوتر إشعارًا لا يقول إلا «لديك تذكير»، حتى والتطبيق مقفل. وقد يراه أي شخص قريب من الشاشة.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>هذا الكمبيوتر لا يعرض إشعارات التطبيقات.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>الإخفاء من لقطات الشاشة</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>إخفاء هذا التطبيق من لقطات الشاشة ومشاركة الشاشة</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>يمكنك اختيار مكان حفظها. لا يُرسل شيء إلى أي مكان: القرار لك في طريقة إيصالها إليهم.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>حفظ الحزمة…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>مشاركة-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>تم الحفظ: %1. وهي مسجّلة في سجل المشاركة.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>مستنداتي</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>السكن والمأوى</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>مكان آمن أقيم فيه، الآن أو لمدة أطول.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>البيت والأمان</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>التخطيط للأمان</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>وضع خطة للبقاء في أمان، مع شخص لديه خبرة في ذلك.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>استشارة من محامٍ أو شخص آخر يعمل في المجال القانوني، مثلًا حول الحقوق أو شؤون الأسرة أو المحكمة.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>الحقوق والمستندات الرسمية</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>المساعدة في الهجرة والإقامة</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>مساعدة في التأشيرات والإقامة والمستندات الرسمية.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>الترجمة الشفهية والمكتوبة</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>شخص يتحدث لغتي، للمواعيد والاجتماعات أو للمستندات.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>الأطباء والتمريض وعلاج الأسنان والأدوية.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>الإرشاد النفسي والصحة النفسية</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>شخص أتحدث إليه، ودعم لما أشعر به.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>الدعم في ما يخص الكحول أو المخدرات</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>مساعدة على التقليل أو التوقف، دون أن يحكم عليّ أحد.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>شخص داعم</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>شخص واحد يساعدني على الوصول إلى الخدمات الأخرى.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>الدعم في الحياة اليومية</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>المال والمساعدات</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>مساعدة في أمور المال، أو حساب مصرفي، أو المساعدات، أو الديون.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>رعاية أطفالي بينما أقوم بأمور أخرى.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>مساعدة في التنقّل إلى المواعيد والأماكن التي أحتاج إلى الذهاب إليها.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>الطعام والملابس</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>الطعام والملابس وغيرها من الأساسيات.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>العمل والوظائف</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>إيجاد عمل، أو التدرّب على وظيفة، أو معرفة حقوقي في العمل.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>التعلّم والعمل</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>التعلّم والدراسة</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>دروس، أو مدرسة، أو دورات لغة، أو دراسة.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>دعم الأقران والتوجيه</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>التعرّف إلى أشخاص مرّوا بتجارب مشابهة، ويمكنهم أن يرافقوني في الطريق.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>الناس من حولي</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>العائلة ولمّ الشمل</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>البقاء على تواصل مع عائلتي، أو لمّ شملي بها.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>ما أضفته بنفسي</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدّم الخدمة</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>يمكنك هنا تحديد الخدمات التي تهمّك، والتي هي قيد الاستخدام، والتي لا تناسبك. ولا حاجة أبدًا إلى ذكر أي سبب.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>إضافة نوع خدمة خاص بي</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>أنواع الخدمات</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>نوع خدمة خاص بك</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>ما نوع الخدمة؟ مثلًا: مجموعة خياطة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>ما كتبته لتغيير عبارة السر لم يُحتفظ به: عبارة السر لا تُحفظ في أي مكان أبدًا. يُرجى كتابتها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>لا يخرج شيء من خزنتك إلا إذا أنشأت حزمة. والقرار لك: ما يدخل فيها، ولمن، وحتى متى.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>إنشاء حزمة مشاركة…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>المسموح بمشاركته مع كل شخص</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>الشخص أو الجهة</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>المسموح به</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>تحديد المسموح بمشاركته…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>إزالة الإذن</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>سجل المشاركة</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>سحب موافقتي…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>شريط ممتلئ: ما زال بإمكانهم استخدامها. شريط فارغ: انتهت. علامة ×: سحبت موافقتك. الخط المتقطّع هو اليوم.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>لم يخرج شيء من خزنتك. عند إنشاء حزمة، تُسجَّل هنا: لمن، وماذا، وحتى متى.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>يُرجى اختيار أحد من القائمة أولًا.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>لا يُسمح بمشاركة أي شيء معهم الآن.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>يُرجى اختيار حزمة من السجل أولًا.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>سحبت موافقتك على هذه الحزمة من قبل.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>سحب موافقتي على الحزمة الموجّهة إلى %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>يُرجى أولًا إضافة الشخص أو الجهة في «أشخاص وجهات»، أو في الخطوة الأولى من إنشاء الحزمة.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>حُفظت حزمتك وسُجّلت في سجل المشاركة.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>حزمة إلى «%1» لم تكتمل</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>حزمة لم تكتمل</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>ما يُسمح بمشاركته مع «%1»: تغييرات لم تُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>تم الحفظ. هذا وحده لا يشارك أي شيء.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>أُزيل الإذن. الحزم التي أنشأتها من قبل ما زالت في السجل، ويمكنك هناك سحب موافقتك على كل منها.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>سحب موافقتي؟</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>سحب موافقتك على هذه الحزمة الموجّهة إلى %1؟ سيُسجَّل ذلك في السجل، ويمكنك حفظ إشعار قصير لإرساله إليهم، يطلب منهم حذفها. والإشعار لا يحتوي على أي شيء من معلوماتك.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب موافقتي</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>سُحبت الموافقة. جارٍ إعداد الإشعار…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>سحب-الموافقة-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>حفظ إشعار سحب الموافقة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>سُحبت الموافقة. اخترت عدم حفظ إشعار.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>سُحبت الموافقة. حُفظ الإشعار: %1. يمكنك إرساله إليهم بالطريقة التي تناسبك.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>الخط الزمني لما شاركته</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: من %2، سُحبت الموافقة في %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: من %2، انتهت في %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: من %2، بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: من %2 حتى %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>ربما يعرف أحد عبارة السر الخاصة بي</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>يمكنك اختيار عبارة سر جديدة. بعدها يقفل التطبيق خزنتك كلها بمفتاح جديد: لن تفتح عبارة السر القديمة أي شيء يُكتب من الآن فصاعدًا، حتى مع نسخة من ملفات الخزنة ربما احتفظ بها أحد.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة السر الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة السر الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة السر الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>جارٍ تغيير عبارة السر والمفتاح</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>تغيير عبارة السر والمفتاح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>جارٍ تغيير عبارة السر والمفتاح. يستغرق ذلك لحظة؛ يُرجى الانتظار.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>تمّ. الآن لا تفتح الخزنة إلا عبارة السر الجديدة.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>وإذا احتمل أن يكون هذا الشخص قد رأى مفتاح الاسترداد أيضًا، يُرجى إنشاء مفتاح جديد في «الإعدادات».</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>يُرجى كتابة عبارات السر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>خطوة جديدة</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>خطوة صغيرة تالية</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>إزالة الخطوة</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>سهلة التخمين. بضع كلمات معًا أسهل في التذكّر، وأصعب بكثير في التخمين.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>قوية إلى حدّ ما. كلمة أو كلمتان إضافيتان تجعلانها أقوى بكثير.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>قوية. يُرجى التأكد من إمكانية تذكّرها.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>أهلًا بك من جديد</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة السر</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>نسيت عبارة السر…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>يُرجى كتابة عبارة السر لفتح ملاحظاتك.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>فتح ملف أعطاني إياه أحد…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>يُرجى كتابة عبارة السر لفتح خزنتك.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>فتح خزنتي</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>جارٍ فتح خزنتك</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>فتح حزمة مشاركة أعطاني إياها أحد…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>يُرجى كتابة عبارة السر.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>هذه الخزنة مفتوحة في نافذة أخرى. يُرجى إغلاقها هناك أولًا، ثم المحاولة هنا مرة أخرى.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>عبارة السر هذه لم تفتح الخزنة. لحماية خزنتك، يمكنك المحاولة مرة أخرى بعد ثوانٍ قليلة. الثواني المتبقية: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>التخلّص منه</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>التخلّص مما كتبته؟</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>التخلّص مما كتبته ولم يُحفظ؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>أقسام خزنتي</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>خدماتي</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>تواريخي</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>عني</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>أشخاص وجهات</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>معلومة تهمّك</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>مرّ وقت منذ آخر نسخة احتياطية. النسخة الاحتياطية تحفظ خطتك إذا ضاع هذا الكمبيوتر أو تعطّل.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>منذ آخر مرة فتحتها: محاولة واحدة بعبارة سر خاطئة (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>منذ آخر مرة فتحتها: محاولات بعبارة سر خاطئة، عددها %1 (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>ما لم يُحفظ بعد ما زال موجودًا، في المكان الذي تركته فيه.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>