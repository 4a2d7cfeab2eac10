<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>我喜欢的称呼</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>我的代词（他/她/TA）</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>我会说的语言</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>联系我的安全方式</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>联系我的安全时间</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>能帮助我参与的事（无障碍需求）</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>我的长处</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>我希望服务方知道的事</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>关于我</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>只写你想说的，用你自己的话。每一栏都是选填的。除非你自己决定，这里的内容都不会分享出去。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>你之前在这里写了东西，还没有保存。内容都在这里。按“保存”就能保留。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>你创建了保险箱</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>用密码打开</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>已生成新的恢复密钥</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>已移除恢复密钥</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>已做备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>已从备份还原</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>已添加目标</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>已修改目标</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>已删除目标</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>已添加服务选择</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>已修改服务选择</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>已移除服务选择</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>已添加你自己的服务类型</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>已修改“关于我”</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>已添加个人或机构</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>已修改个人或机构</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>已删除个人或机构</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>已保存分享权限</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>已取消分享权限</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>已制作分享包</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>已撤回对一个分享包的同意</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>已添加材料</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>已修改材料详情</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>已删除材料</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>已添加日期</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>已修改日期</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>已删除日期</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>你的保险箱里做过的操作，最新的在最前面。只有你能看到。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>这是演示版。它的密码是：demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>附带的材料</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>保存下来的副本不受分享码保护：能用这台电脑的任何人都能打开它们。请放在安全的地方，不再需要时就删除。</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>保存这份材料…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>把所有材料保存到一个文件夹…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>附带的材料：%1 份</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>保存材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>为这些材料选择一个文件夹</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>已把 %1 份材料保存到 %2。</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>备份是一个加密文件，比如存在 U 盘里。要用你做备份那天的密码才能打开它。卸载这个应用不会删除你的保险箱和备份；下面的“全部清除”才会删除保险箱。</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>做一个备份…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>检查备份…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>正在做备份</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>每隔几周提醒我做一次备份（0：从不）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>提醒间隔（周）</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>还没有做过备份。</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>你的保险箱里还没有存材料。</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>你的材料：%1 份，共 %2。备份里也包括这些材料，所以至少需要这么大的空间。</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>备份要存到哪里？</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>正在做备份…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>备份已做好，也检查过了：%1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>备份文件 (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>开启后：截图、录屏和屏幕共享都不会显示这个应用的窗口（在较旧的 Windows 10 上会显示为黑色）。但别人仍然可以给屏幕拍照。</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>开启后：应用会请 macOS 不把它的窗口放进截图和屏幕共享。较新版本的 macOS 不一定会照做，而且别人仍然可以给屏幕拍照。</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>你的系统不允许应用在截图中隐藏。能看到或录下屏幕的人，都能看到这个应用。</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>备份的密码（你做备份时用的那个）</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>这个备份没问题：它能用这个密码打开，并通过了所有检查。</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>这个密码打不开这个备份。</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>这个备份已损坏，或者它不是备份文件。请重新做一个备份。</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>还没决定</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>我想要</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>我正在用</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>现在不需要</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>哪个服务方</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>添加另一个服务方</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>移除这一条</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>我的选择</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>从本地名单里选一个服务方</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>从本地名单里选（可选）</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>我想找的服务方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>这项服务对我来说怎么样？</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>对我有帮助的地方</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>对我没帮助的地方</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>在左边选一项服务，说说你想要什么。</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>已从本地名单填好。按“保存”就能保留。</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>你之前改过这里，还没有保存。你的修改都在这里。按“保存”就能保留。</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>你对“%1”的修改还留着，但还没有保存。回到那里就可以保存。</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>现在还没有要保存的内容。如果你愿意，可以选一下你想要的。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>已添加一条新记录。填上服务方，然后按“保存”。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>第 %1 个选项，共 %2 个。只能选一个。</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>分享码</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>分享包已保存。用这个分享码可以打开它。</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>分享码</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>复制分享码</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>不要把这个分享码和文件一起发。用别的方式告诉对方：打电话念给对方听，或者写在纸上。在 PDF 阅读器里，要完全照这里显示的样子输入：小写字母，带短横线。用空格代替短横线（%1）也能打开文件。谁同时拿到文件和分享码，谁就能读这个分享包。这个应用不会保存分享码。</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>这个分享包没有分享码：拿到文件的人都能读。</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>已复制。剪贴板会在 30 秒后清空。</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>放进哪些内容？</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>勾选你想放进这个分享包的内容。没有勾选的，都不会放进去。</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>先勾上对方可以看的内容</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包括我的备注</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>包括服务对我来说怎么样（我的反馈）</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>还没有勾选任何内容。只勾选你想让 %1 看到的。</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>已勾选：%1 项。只有勾选的内容会交给 %2。</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>先勾上 %1 可以看的内容</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>修改这个日期</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>是什么事</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>哪一天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>对应哪份材料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>写几个字、选好日期就够了。提醒只会在你解锁后出现在应用里，不会出现在别的地方。</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>不对应材料</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>请用几个字说明这个日期是做什么的。</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>开庭</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>材料到期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>当天提醒</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>前一天提醒</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>提前 %n 天提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>提醒：快到了</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>提醒：这一天已经过了</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>我的日期</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>开庭、预约、续期，以及每份材料的到期日。提醒只在你解锁后显示在这里和“我的计划”里。</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标为已完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>还没有日期。想加的时候，可以添加开庭、预约或续期。材料的到期日会自动显示在这里。</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>请先在列表里选一个日期。</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>这是一份材料的到期日：请在那份材料的详情里修改。</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>还没完成</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>已标为完成。它的提醒不会再出现。</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>已标为还没完成。</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>删除这个日期？</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>要从你的日期里删除“%1”吗？</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>还没保存：“%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>还没保存</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>接下来你可以做的事</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>这会覆盖并删除你的保险箱、它的密钥文件和密钥文件的副本，以及存在保险箱文件夹里的备份。这无法撤销。你存在别处的备份（比如 U 盘里的）不会被动到。</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>请注意：在某些硬盘（固态硬盘 SSD）上，以及会同步到云端的文件夹里，即使清除之后，加密文件的旧副本也可能还留着。</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>输入你的密码来确认</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>停！不要清除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入你的密码。</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>密码不对，所以什么都没有清除。</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>%1 秒后将全部清除……如果这不是你想要的，请按“停”。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>已停止。什么都没有清除。</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>覆盖并删除这个保险箱。会先请你输入密码，之后还有一个简短的倒计时，期间你可以停止。</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>全部清除…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>无法读取这个设置套件，所以没有使用它。没有添加任何内容。（%1）</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>无法读取这个设置套件，所以没有使用它。没有添加任何内容。</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>保险箱出了点问题。没有再做其他更改。</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>这个密码没有打开保险箱。之前有一次更改密码在完成前被中断了，所以你原来的密码仍然有效。</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>这个恢复密钥没有打开保险箱。之前有一次更改恢复密钥在完成前被中断了，所以你原来的恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>这看起来不像恢复密钥。恢复密钥有 7 组，每组 4 个字母或数字，比如 ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>这个恢复密钥没有打开保险箱。请逐组检查，再试一次。</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>这个密码没有打开保险箱。请检查一下，再试一次。是不是开着 Caps Lock 键（大写锁定）？</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>这个密码打不开这个备份。要用你做备份那天的密码。</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>这个备份文件已损坏，或者不是保险箱的备份。什么都没有改动。</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>这个备份已损坏，或者它不是备份文件，所以没有使用。你的保险箱保持原样。</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>无法读取备份文件（U 盘是不是被拔掉了？）。什么都没有改动。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>这个保险箱是用较新版本的应用创建的。请先更新应用，再打开它。什么都没有改动。</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>保险箱的文件看起来已损坏，所以无法安全打开。什么都没有改动。如果你有备份，可以用它还原。</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>另一个任务还在使用保险箱，所以什么都没有改动。请稍后再试。</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>要更换保险箱的密钥，请先设置一个新密码。</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>这个保险箱已经在另一个窗口里打开了。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>这个文件夹里没有保险箱。</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>这里已经有一个保险箱了。什么都没有改动。</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>请设置一个密码。密码不能为空。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>两次输入的密码不一样。请重新输入。</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>这个保险箱没有恢复密钥。</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>硬盘空间不够。什么都没有改动。</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>无法写入保险箱所在的文件夹（它可能是只读的，或者在一个被锁定的磁盘上）。没有丢失任何内容。</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>这一项已经不在保险箱里了。</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>保险箱已锁上。请先解锁。</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>无法保存。请检查一下你输入的内容。</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>目标需要一个简短的标题。</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>这份材料超过 50 MB，不能存进保险箱。没有添加任何内容。</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>读取这份材料时，它发生了变化（可能还在保存或同步中）。没有添加任何内容。等它完成后请再试一次。</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>保险箱里这份材料的副本已损坏，无法读取。你的其他材料都是安全的。</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>这台电脑的硬盘剩余空间不够，无法安全地存放这份材料：添加时大约需要它两倍大小的空间。没有添加任何内容。你的保险箱是安全的。</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>无法读取这个文件（它可能是一个文件夹，或者被移走了、被锁定了）。没有添加任何内容。</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>副本无法保存到那里（那个文件夹可能是只读的，或者已经不存在）。你的材料仍然安全地存在保险箱里。</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>添加材料已停止。之前已添加的材料都保留着；其余的没有添加。</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>这不是可以装分享包的文件（它是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>这个文件太大，不可能是分享包。</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>这个分享码打不开这个分享包。请和发送它的人核对一下。</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>警告：这个分享包在制作后被改动过，或者其中有部分内容被调换过。请不要以它为准。请让发送它的人重新发一份。</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>这个文件不是分享包，或者已经损坏。</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>那个文件已经不在原处了。请重新选择。</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>这个分享包的同意期限已经结束，所以不应再使用。如果需要，请问问发送它的人是否愿意再次分享。</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>分享包没有通过自我检查，所以没有保存。没有分享任何内容。请再试一次。</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>“%1”无法放进分享包，所以分享包没有做成。你可以不放它。</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>“%1”是一张应用打不开的图片（可能已损坏，或者太大），所以无法去掉其中的隐藏信息。它没有被附上，分享包也没有做成。你可以不放它。</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>“%1”是一个包含多页的图片文件，只有第一页能去掉隐藏信息。为了不漏掉任何一页，分享包没有做成。你可以不放它。</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>“%1”是一张照片，它的格式（HEIC、AVIF 或 JPEG XL）里的隐藏信息应用无法去掉，所以分享包没有做成。你可以不放它，或者把照片另存为 JPEG，再添加那个副本。</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>保险箱里的“%1”已损坏，无法读取，所以分享包没有做成。你的其他材料都是安全的。你可以不放它。</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>这个分享包里有一份材料的文件名可能会指向文件夹以外的位置，所以什么都没有保存。请不要以这个分享包为准。</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>那个文件夹里已经有一个和其中一份材料同名的文件。没有覆盖任何文件。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>材料只能保存到文件夹里，而那不是一个文件夹。</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>你选的材料太大，一个分享包放不下：合计最多 %1 MB。可以去掉一些，或者分成两个分享包来分享。</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>这个设置套件太大，所以没有使用。没有添加任何内容。</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>读取设置套件已停止。没有添加任何内容。</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>无法读取或写入文件。请检查硬盘后再试一次。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>给帮忙的人的提示</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>正在创建你的保险箱</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>这个应用保存你自己的计划：你的目标、你想要或不想要的服务，以及你希望服务方知道的事。所有内容都只存在这台电脑上，不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>没有你的密码，谁也看不到你的计划：机构不能，我们也不能。要不要分享、和谁分享、分享到什么时候，都由你决定。</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>请注意：如果有人用隐藏的软件监视这台电脑，那个人可能会看到你输入的内容。如果你不确定这台电脑是否安全，可以以后在更安全的设备上再设置。</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>我有以前的备份：用它还原…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>打开别人给我的分享包…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>有人在帮你设置吗？</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>我自己设置</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>有人在帮我（比如社工或支持人员）</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>帮忙的人每一步都会看到简短的提示，但从来不需要看你的密码，也不需要看你写的内容。</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>你希望应用看起来是什么样子？</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>在隐蔽模式下，窗口名叫“备忘录”，图标也很普通，别人瞄一眼屏幕或任务栏，也看不出这是什么。你以后可以在“设置”里更改。</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>使用隐蔽模式</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>窗口名称和图标预览：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>设置你的密码</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>密码可以由几个词组成：你记得住，别人猜不到。比如四个能在你脑海里组成一幅画面的词。</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>如果你忘了密码，谁都打不开保险箱，连我们也不行。下一步会生成一个恢复密钥，就是为了应对这种情况。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再输入一次同样的密码</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>如果你哪天忘了密码，可以用这个密钥打开你的保险箱。</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>跳过这一步（不建议）…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>有机构给你的东西吗？（可选）</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>机构可能给过你一个设置套件：里面有他们的联系方式和一份本地服务名单。载入它不会向他们分享任何内容，也不会替你做任何选择。你可以跳过这一步。</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>载入设置套件…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>载入本地服务名单…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>正在读取设置套件</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>不使用这个套件</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>一切由你做主</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>你的保险箱准备好了。除非你自己决定，否则什么都不会分享出去。</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>快速退出：连按三次 Shift 键（⇧），或点上方的红色按钮，就能立即隐藏并关闭这个应用。</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>给帮忙的人：让对方按自己的节奏阅读。这里不会问到对方经历过什么。</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>给帮忙的人：你可以陪着完成设置，而且你永远不需要知道密码。</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>给帮忙的人：问问对方，有没有别人使用或查看这台电脑。</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>给帮忙的人：现在请把视线移开，或者把键盘交给对方。不要看对方输入密码，也不要把密码记下来。</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>给帮忙的人：显示密钥时请把视线移开。帮对方想一个存放它的安全地方，但不要看到密钥。</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>给帮忙的人：如果你带了设置套件，就在这里载入。它会添加你的联系方式，但不会给你任何分享权限。</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>给帮忙的人：谢谢你。从现在起，由对方自己做主。</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>创建我的保险箱</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>打开我的保险箱</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>这个密码很容易被猜到。你可以把它加长，或者再按一次“下一步”保留它。由你决定。</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>跳过恢复密钥？</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>没有恢复密钥的话，一旦忘了密码，任何人都永远打不开这个保险箱。你以后可以在“设置”里生成一个恢复密钥。</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>保留密钥</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>选择存放服务名录文件的文件夹</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>选择设置套件</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>设置套件 (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>正在读取设置套件…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>没有机构名片</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>准备添加：%1。名单里的本地服务：%2 项。不会替你做任何选择。</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>正在创建你的保险箱，需要一点时间。</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>你的恢复密钥可以用。请把它放在安全的地方。</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>你还没有恢复密钥。可以在“设置”里生成一个。</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>从设置套件添加的本地服务：%1 项。</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>我忘了密码</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>打开并保存</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>输入你的恢复密钥，然后设置一个新密码。之后你的恢复密钥仍然可以用。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>七组，每组四个字母或数字</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>请输入你的恢复密钥。</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>正在用恢复密钥打开…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>这里的内容你还没有保存。都在这里。</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（选填）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>GoalArea</name>
    <message>
        <source>No area</source>
        <translation>不分领域</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>法律事务</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>身心安好</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>带领和帮助他人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>只需要填目标本身。除非你制作分享包，否则这里的内容都不会离开你的保险箱。</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>你之前在写这个目标，还没有保存。内容都在这里。</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>你之前在修改这个目标，还没有保存。你的修改都在这里。</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>例如：在我姐妹家附近找个住处</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>这对我为什么重要</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>生活领域</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>现在进展到哪里</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>希望实现的日期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>我心里有个日期</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>请给你的目标起一个简短的标题。其他都是选填的。</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>正在努力</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已放下</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>还没有步骤</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>完成 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>希望实现的日期</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>你想达到的目标，一步一步来。做什么、怎么做、什么时候做，都由你决定。</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>显示目标</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>我的所有目标</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>收起的目标</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>搜索我的目标</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>没有符合搜索的目标。</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清空搜索</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>你还没有收起任何目标。</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>显示我的所有目标</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>现在没有这类目标。</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>这里还没有目标。准备好了再添加一个。</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>请先在列表里选一个目标。</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>新目标，还没保存：“%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>新目标，还没保存</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>修改还没保存：“%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>一个目标</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>已收起。你可以在“显示：收起的目标”里找到它。</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>已重新显示。</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>删除这个目标？</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>删除这个目标和它的所有步骤？删除后无法撤销。如果你只是不想看到它，可以选择“收起”。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>截止到%1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>没有截止日期</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>制作于%1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>内容：%1 项</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>有分享码保护</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>没有保护（普通 PDF）</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>对方仍可使用</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>给 %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>放进哪些内容</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1（还没有内容）</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>请输入你现在的密码。</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>之前做的备份仍然可以用你原来的密码或恢复密钥打开。请现在做一个新备份，然后把旧备份销毁。</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>你的恢复密钥是旧类型的，无法转到新密钥上，所以已经不能用了。请在“设置”里生成一个新的。</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>你现在的密码不对，所以什么都没有更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>演示版：只有示例数据。关闭应用时，这些数据会被删除。</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>演示版：只有示例数据</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示版</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁上</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>锁上保险箱</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>立即锁上（Ctrl+L）</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>快速退出：立即隐藏并关闭应用</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>立即隐藏并关闭应用。也可以连按三次 Shift 键（⇧）。</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>加密组件缺失或无法工作，这个应用无法保护你的信息，所以不会打开。请重新安装应用。</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>正在全部清除，需要一点时间。</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>下次启动应用时，清除才会全部完成。</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>启用这个新密钥后，你原来的恢复密钥就不能用了。</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>如果你忘了密码，可以用这个密钥打开保险箱。</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>启用这个密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>正在启用新密钥</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>正在启用你的新密钥，需要一点时间，请稍等。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>你保险箱的密钥文件损坏或丢失了。已经用它的副本打开，并重新放回了密钥文件。没有丢失任何内容。</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>这台电脑的硬盘满了，所以现在无法在保险箱里保存新内容。你的保险箱是安全的。要腾出空间，可以清空回收站，或删除不需要的大文件。</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>一次更改密码或恢复密钥的操作在完成前被中断了（比如因为快速退出），所以什么都没有更改：你原来的密码和恢复密钥仍然有效。如果你还想更改，请在“设置”里重新操作。</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>打开分享包</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>给收到分享包的人：选择文件，输入别人给你的分享码。系统会检查分享包是否被改动过。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>分享码</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>打开并检查</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>分享包</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>把数据保存为 JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>选择分享包</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>请先选择分享包文件。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>已检查：制作以后没有被改动过。签名密钥：%1。</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>警告：这个分享包是用旧版 Survivor Vault 制作的。它的签名只覆盖这里显示的数据，不覆盖页面的样子。请以这里的文字为准，不要以页面为准，或者请对方重新制作一个分享包。</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>警告：这个分享包没有签名，所以无法确认它没有被改动过。在问过发送它的人之前，请不要以它为准。</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>它的同意期限已经结束。只有发送它的人同意时，才可以使用。</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>正在努力</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已放下</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>我想要</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>我正在用</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>现在不需要</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>经济</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>法律事务</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>身心安好</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>带领和帮助他人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>我喜欢的称呼</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>我的代词（他/她/TA）</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>我会说的语言</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>联系我的安全方式</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>联系我的安全时间</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>能帮助我参与的事（无障碍需求）</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>我的长处</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>我希望服务方知道的事</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>身份证件或护照</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>移民</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>法院或法律</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>经济和福利</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>学校或培训</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>我选择与您分享的信息</translation>
    </message>
    <message>
        <source>For</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>制作日期</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>同意截止日期</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>用我自己的话</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>如果您误收了这份文件，请将其删除，也不要转给他人。</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>这份副本没有用分享码加密：任何拿到文件的人都能阅读。请您妥善保管。</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>我的服务</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>关于我</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>这对我为什么重要</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>现在进展到哪里</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>生活领域</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>希望实现的日期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>我的选择</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>我想找的服务方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>对我有帮助的地方</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>对我没帮助的地方</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>我的留言</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>已签名。密钥指纹</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>两个分享包上的指纹相同，就说明它们来自同一个人。Survivor Vault 的“open-packet”可以检查内容是否被改动过。</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>未签名。</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>分享包编号</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>我选择与 %1 分享这个分享包里的信息，用途是：%2。我的同意截止到%3。我可以随时撤回同意。</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>我撤回对分享包 %1 的同意（这个分享包是我在%2为 %3 制作的）。请您删除它以及所有副本，从现在起不要再使用其中的信息。</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>附带的材料：%1 份</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>这些材料作为附件放在这个 PDF 文件里：PDF 阅读器会在附件面板里显示它们（通常是一个回形针按钮）。Survivor Vault 的“open-packet --extract”可以检查并保存它们。照片发送时已去掉隐藏信息（拍摄地点、时间和相机）。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>制作分享包</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>你之前在做这个分享包，还没有做完。你选过的和写过的内容都回来了。</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>原来的接收方已经不在你的名单里了：请选择要给谁。</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>你选的材料</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>在列表里选一份材料，查看它的详情。</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · 添加于%3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>签发：%1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>已到期：%1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>到期：%1（%2）</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>已设置提醒。</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>已设置当天提醒。</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>保存副本？</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>你保存的副本没有保护：使用这台电脑的人，或者能进入你保存位置的人，都可能打开它。你的材料也会继续留在保险箱里。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>副本已保存为 %1。它没有保护：不再需要时请删除。</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>这份材料的详情</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>我知道日期</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>有到期日</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>只需要填名称。文件本身保持添加时的样子。</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>请用你自己的话，给这份材料起个简短的名称。</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>身份证件或护照</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>移民</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>法院或法律</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>经济和福利</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>学校或培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>正在打开你的材料…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>这份材料没有预览。它原样安全地存在你的保险箱里，你可以保存一份副本。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>这一页无法显示。这份材料原样安全地存在你的保险箱里，你可以保存一份副本。</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1，第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>已于%1到期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>我的材料</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>你的材料副本，锁在你的保险箱里。除非你把某份材料选进分享包，这里的内容都不会分享出去。</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>搜索我的材料</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>正在添加材料</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>添加材料…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>停止添加</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>没有符合搜索的材料。</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清空搜索</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>还没有材料。想加的时候，可以添加一份材料的副本：身份证件、一封信、一份法院文书。它会锁在你的保险箱里。</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>请先在列表里选一份材料。</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>请等材料添加完成。</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>正在把你的材料添加到保险箱…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>正在把你的材料添加到保险箱…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>已添加到你的保险箱：%1。</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>没有添加：%1。%2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>删除原来的文件？</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>你的材料现在已经在保险箱里了。应用也可以从这台电脑上删除原来的文件。

在固态硬盘（SSD）和云端文件夹（OneDrive、iCloud、Dropbox）里，删除的文件在一段时间内可能还能被找到。邮件里或手机上的副本不会被删除。</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>删除原来的文件</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>已从这台电脑上删除原来的文件。</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>已从这台电脑上删除原来的文件。</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>没有删除：%1。它在添加后被改动过，或者无法删除。你的保险箱里仍保留着添加时的副本。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>删除这份材料？</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>要从你的保险箱删除“%1”吗？保险箱里的这份副本会被覆盖，无法找回。你已经做好的分享包里的内容不受影响。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>还没保存：“%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>还没保存</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>显示或隐藏你输入的内容</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>更改我的密码</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>现在的密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>正在更改你的密码</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>更改密码时，也会用一把新密钥重新锁上整个保险箱。如果你觉得有人可能知道你的密码，这里说明了该怎么做：</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>有人可能知道我的密码…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>正在更改你的密码，需要一点时间。</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>完成了。从现在起，要用新密码打开保险箱；旧密码不能再用了。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>个人和机构</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>以后你可能想与之分享的个人和机构。把谁添加到这里，都不会向对方分享任何内容。</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>搜索个人和机构</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>个人和机构</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>添加个人或机构</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>没有符合搜索的个人或机构。</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清空搜索</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>这里还没有人。想加的时候，可以添加个人或机构。</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>请先在列表里选一个人或机构。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>还没保存：“%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>还没保存</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>删除？</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>要从名单里删除这个人或机构吗？给对方的分享权限也会一起结束。你的分享记录会保留相关记录。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>对方可以看的内容</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>%1 可以看的内容</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>勾选 %1 可以看的内容。这不会发送任何东西。以后你给对方制作分享包时，这些框会自动帮你勾上。</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包括我的备注</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>包括我对服务的反馈</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>你之前改过这里，还没有保存。你的修改都在这里。</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>用途（用我自己的话）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>你选的人或机构</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>在列表里选一个人或机构，查看你和对方分享了什么。</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>对方可以看的内容：暂时没有。</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>对方可以看的内容：%1，截止到%2。</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>对方可以看的内容：%1。</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>对方现在没有你的分享包。</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>对方现在持有的分享包：%1 个（截止日期：%2）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>修改个人或机构</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>添加个人或机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>只需要填名字。把对方添加到这里，不会向对方分享任何内容。</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>这里的内容你还没有保存。都在这里。</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>请填一个名字，只写名或昵称也可以。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>我的计划</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>一眼看到各方面的进展。点每张卡片可以进入对应的页面。</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>去我的目标</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>现在没有进行中的目标。准备好了，可以在目标页面添加一个。</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>进行中 %1 个 · 已实现 %2 个</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>已完成 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>还没有步骤</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>我的服务</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>去我的服务</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>你还没有标记任何服务。不用着急。</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>正在用：%1 项</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>想要：%1 项</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>现在不需要：%1 项</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>不用了，谢谢：%1 项</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1 项</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>现在在用：%1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>我想要的：%1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>我的日期和材料</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>去我的日期</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>现在没有提醒。</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>下一个：%1，%2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>还没有存放材料。</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>保险箱里存放的材料：%1 份</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>谁有我的分享包</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>去分享页面</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>现在没有人持有你的分享包。</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1，截止日期：%2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>我最近的分享包</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>查看我的分享记录</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>你还没有做过分享包。没有任何内容离开过你的保险箱。</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>给 %1，制作于%2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>你在%1撤回了同意。</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>截止到%1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>我的备份</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>去备份</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>你还没有做过备份。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>该做一个新备份了。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>这就是对方会看到的页面，一模一样。想改什么，就返回上一步。</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>正在生成预览</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>页数：%1。内容：%2 项。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>这个分享包里什么都没有了。请返回上一步，选择要放进去的内容。</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>照片发送时会去掉隐藏信息（拍摄地点、时间和相机）。其他材料会按保险箱里的原样发送。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>不放这个</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>不把 %1 放进这个分享包</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>附带的材料：%1 份</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>选择谁能打开这个文件。</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>用分享码保护（推荐）</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>普通 PDF，任何人都能打开和打印</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>只有输入分享码才能打开文件。分享码要用别的方式告诉对方，比如打电话或写在纸上。</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>小心：任何拿到这个文件的人，比如邮件发错了地址，或者 U 盘丢了，都能读到里面的全部内容。</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>我明白，我要普通 PDF</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>签名可以让对方确认没有人改动过它，而且它和你的其他分享包来自同一个人。签名不会显示你的名字。</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>用途是什么？到什么时候为止？</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>用途和截止日期会印在第一页上。</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>用途（用我自己的话）</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>例如：和我一起规划住房方面的支持</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>我的同意截止日期</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>我的留言（用我自己的话）</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>分享包的语言</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>分享包的语言（读它的人不一定懂你的语言）</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>更大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>给谁？</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>选择个人或机构。添加对方不会向对方分享任何内容。</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>给谁</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>添加个人或机构…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>给</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>把它抄下来或打印出来，放在安全的地方，不要和这台电脑放在一起。任何拿到它的人都能打开你的保险箱。它只在现在显示这一次。</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>打印（保存为一页的 PDF）…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>你的恢复密钥中的一组</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>为了确认你已经记下，请输入密钥的第 %1 组（从左边数起）：</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>不一样。请再看一下密钥。</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>谢谢。请把它放在安全的地方。</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>我的恢复密钥</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>如果我忘了密码，这个密钥可以打开我的保险箱。请妥善保管，不要和电脑放在一起。</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>已保存：%1。打印出来以后，如果还有别人用这台电脑，请删除这个文件。</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>你有一个恢复密钥。生成新的以后，旧的就不能用了。</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>你没有恢复密钥。如果你忘了密码，谁都打不开保险箱。</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>你的新恢复密钥现在可以用了。旧的不能再用。</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 已于%2到期（%3）</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 将于%2到期（%3）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>提前几天</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> 天前</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform>天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>你有一条提醒</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>“我的日期”里还有 %1 条</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>选择备份文件，输入你做备份时用的密码。如果这台电脑上已经有保险箱，它会一直保留，直到备份成功打开并通过检查；然后备份才会取代它。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>备份文件 (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>请先选择备份文件。</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>请输入备份的密码。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1你的保险箱保持原样。</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>闲置多少分钟后自动锁上</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform>分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>闲置多久后自动锁上</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>隐蔽模式</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>窗口名叫“备忘录”，图标也很普通，解锁前也是这样。</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>快速退出：连按三次 Shift 键（⇧），或点“快速退出”按钮，就能立即隐藏并关闭应用。</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>用通知提醒我</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>有提醒时，用通知告诉我</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>默认关闭，只有你打开后才会启用。有提醒时，电脑会显示一条通知，只写“你有一条提醒”，即使应用锁上了也会显示。屏幕附近的人可能会看到。</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>这台电脑不显示应用的通知。</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>在截图中隐藏</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>在截图和屏幕共享中隐藏这个应用</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>保存分享包</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>选择保存的位置。不会发送到任何地方：怎么交给对方，由你决定。</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>保存分享包…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>分享包-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>已保存：%1。它已记入你的分享记录。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>我的服务</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>关于我</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>我的材料</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>住房和庇护所</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>一个安全的住处，短期或长期都可以。</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>住处和安全</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>和懂行的人一起，制定保护自己安全的计划。</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>法律帮助</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>律师或其他法律工作者的建议，比如关于权利、家庭法律事务或法院的问题。</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>权利和证件</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>移民方面的帮助</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>办理签证、居留和证件方面的帮助。</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>口译和笔译</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>会说我的语言的人，在会面时或看书面材料时帮我。</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>看医生、护理、看牙和药物。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>心理咨询和心理健康</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>有人可以倾诉，在情绪上支持我。</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>酒精或毒品方面的支持</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>帮我减少或停止使用，不会有人评判我。</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>支持人员</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>一个固定的人，帮我联系其他服务。</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>日常支持</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>经济和福利</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>在钱、银行账户、福利或债务方面的帮助。</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>照看孩子</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>我做其他事情时，有人帮我照看孩子。</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>出行</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>帮我去预约的地方和其他需要去的地方。</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>食物和衣物</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>食物、衣服和其他基本生活用品。</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>工作和就业</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>找工作、职业培训，或了解我在工作中的权利。</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>学习和工作</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>学习和上学</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>上课、上学、语言课程或进修。</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>同伴支持和导师陪伴</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>认识有相似经历、能陪我一起走下去的人。</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>我身边的人</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>家人和团聚</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>和家人保持联系，或者和家人团聚。</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>我自己添加的</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>还没保存</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>我的选择</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务方</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>我的服务</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>说说你想要什么、正在用什么、哪些不适合你。你永远不用说明理由。</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>添加我自己的服务类型</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>你自己的服务类型</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>什么类型的服务？例如：缝纫小组</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>你为更改密码输入的内容没有保留：密码从来不会保存在任何地方。请重新输入。</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>除非你制作分享包，否则什么都不会离开你的保险箱。放什么、给谁、到什么时候，都由你选择。</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>制作分享包…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>每个人可以看的内容</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>个人或机构</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>可以看</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>设定对方可以看的内容…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>取消权限</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>分享记录</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>实心条：对方仍可使用。空心条：已结束。叉号：你已撤回同意。虚线代表今天。</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>还没有任何内容离开你的保险箱。你制作分享包后，会记录在这里：给谁、什么内容、到什么时候。</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>请先在列表里选一个人或机构。</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>对方现在什么都不能看。</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>请先在记录里选一个分享包。</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>你已经撤回过对这个分享包的同意。</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>撤回给 %1 的同意…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>请先在“个人和机构”里添加这个人或机构，或者在制作分享包的第一步添加。</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>你的分享包已保存，并已记入分享记录。</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>给“%1”的分享包，你还没做完</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>一个你还没做完的分享包</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>“%1”可以看的内容：修改还没保存</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>已保存。这一步本身不会分享任何内容。</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>已取消权限。你已经做好的分享包仍在记录里，你可以在那里逐个撤回同意。</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>撤回同意？</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>要撤回你给 %1 的这个分享包的同意吗？这会记在你的记录里。你还可以保存一份简短的通知发给对方，请对方删除它。通知里不含你的任何信息。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂时不</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>已撤回同意。正在生成通知…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>撤回同意-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>保存撤回通知</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>已撤回同意。你选择了不保存通知。</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>已撤回同意。通知已保存：%1。用你选择的方式发给对方。</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>你的分享时间线</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1：从%2开始，%3撤回</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1：从%2开始，%3结束</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1：从%2开始，没有截止日期</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1：从%2到%3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>有人可能知道我的密码</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>请设置一个新密码。然后应用会用一把新密钥重新锁上整个保险箱：从现在起你写的任何内容，旧密码都打不开，即使有人留着保险箱文件的副本也不行。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>现在的密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>正在更改你的密码和密钥</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>更改密码和密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>正在更改你的密码和密钥，需要一点时间，请稍等。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>完成了。现在只有你的新密码能打开保险箱。</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>如果那个人可能也看到过你的恢复密钥，请在“设置”里生成一个新的。</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>请重新输入密码。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>下一个小步骤</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>容易被猜到。几个词连在一起，更容易记住，也更难被猜到。</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>快好了。再加一两个词，就会安全得多。</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>很强。请确认你记得住。</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>我忘了密码…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份还原…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>输入密码，打开你的备忘录。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>打开别人给我的文件…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>输入密码，打开你的保险箱。</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>打开我的保险箱</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>正在打开你的保险箱</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>打开别人给我的分享包…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入你的密码。</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>这个保险箱已经在另一个窗口里打开了。请先在那里关闭它，再回到这里重试。</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>这个密码没有打开保险箱。为了保护你的保险箱，要过几秒才能再试。剩余秒数：%1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以再试了。</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>放弃你写的内容？</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>放弃你写了但还没保存的内容？放弃后无法撤销。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>我的保险箱的各个部分</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>我的计划</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>我的目标</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>我的服务</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>我的材料</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>我的日期</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>关于我</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>个人和机构</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>你已经有一段时间没做备份了。万一这台电脑丢了或坏了，备份能保住你的计划。</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>做一个备份</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂时不</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>自你上次打开以来：有 1 次用错误的密码尝试打开（%1）。</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>自你上次打开以来：有 %1 次用错误的密码尝试打开（%2）。</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>你还没保存的内容都留着，就在你离开时的位置。</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>