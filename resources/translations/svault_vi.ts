<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>AboutMe</name>
    <message>
        <source>The name I like to be called</source>
        <translation>Tên tôi muốn được gọi</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Cách xưng hô với tôi</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Các thứ tiếng tôi nói</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Cách liên lạc an toàn với tôi</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Giờ liên lạc an toàn với tôi</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Điều giúp tôi tham gia (nhu cầu hỗ trợ tiếp cận)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Điểm mạnh của tôi</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Điều tôi muốn các nơi hỗ trợ biết</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Về tôi</translation>
    </message>
    <message>
        <source>Only what you want to say, in your own words. Every box is optional. Nothing here is shared unless you choose.</source>
        <translation>Chỉ những gì bạn muốn nói, bằng lời của chính bạn. Ô nào cũng có thể để trống. Không có gì ở đây được chia sẻ nếu bạn không chọn.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>You were writing here and had not saved it. Here it is. Press Save to keep it.</source>
        <translation>Bạn đang viết dở ở đây và chưa lưu. Nội dung vẫn còn đây. Bấm “Lưu” để giữ lại.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>You made your vault</source>
        <translation>Bạn đã tạo két sắt</translation>
    </message>
    <message>
        <source>Opened with your passphrase</source>
        <translation>Đã mở bằng cụm mật khẩu</translation>
    </message>
    <message>
        <source>Opened with your recovery key</source>
        <translation>Đã mở bằng chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Đã đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Đã tạo chìa khóa dự phòng mới</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Đã bỏ chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã tạo bản sao lưu</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Đã khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Đã thêm mục tiêu</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Đã sửa mục tiêu</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Đã xóa mục tiêu</translation>
    </message>
    <message>
        <source>Service choice added</source>
        <translation>Đã thêm lựa chọn dịch vụ</translation>
    </message>
    <message>
        <source>Service choice changed</source>
        <translation>Đã sửa lựa chọn dịch vụ</translation>
    </message>
    <message>
        <source>Service choice removed</source>
        <translation>Đã bỏ lựa chọn dịch vụ</translation>
    </message>
    <message>
        <source>Your own kind of service added</source>
        <translation>Đã thêm loại dịch vụ của riêng bạn</translation>
    </message>
    <message>
        <source>About me changed</source>
        <translation>Đã sửa “Về tôi”</translation>
    </message>
    <message>
        <source>Person or agency added</source>
        <translation>Đã thêm người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Person or agency changed</source>
        <translation>Đã sửa thông tin người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Person or agency deleted</source>
        <translation>Đã xóa người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Sharing permission saved</source>
        <translation>Đã lưu quyền xem</translation>
    </message>
    <message>
        <source>Sharing permission removed</source>
        <translation>Đã bỏ quyền xem</translation>
    </message>
    <message>
        <source>Share packet made</source>
        <translation>Đã tạo gói chia sẻ</translation>
    </message>
    <message>
        <source>Consent withdrawn for a packet</source>
        <translation>Đã rút lại sự đồng ý cho một gói chia sẻ</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Đã thêm giấy tờ</translation>
    </message>
    <message>
        <source>Document details changed</source>
        <translation>Đã sửa thông tin giấy tờ</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Đã xóa giấy tờ</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Đã thêm ngày</translation>
    </message>
    <message>
        <source>Date changed</source>
        <translation>Đã sửa ngày</translation>
    </message>
    <message>
        <source>Date deleted</source>
        <translation>Đã xóa ngày</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>What happened in your vault, newest first. Only you can see this.</source>
        <translation>Những việc đã diễn ra trong két sắt, mới nhất ở trên cùng. Chỉ bạn xem được phần này.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This is the demo. Its passphrase is: demo</source>
        <translation>Đây là bản dùng thử. Cụm mật khẩu của bản này là: demo</translation>
    </message>
</context>
<context>
    <name>AttachedPapers</name>
    <message>
        <source>Papers attached</source>
        <translation>Giấy tờ đính kèm</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Saved copies are not protected by the share code: anyone who can use this computer can open them. Keep them safe, and delete them when they are no longer needed.</source>
        <translation>Các bản sao đã lưu ra ngoài không được mã mở gói bảo vệ: ai dùng được máy tính này cũng mở được. Hãy cất giữ cẩn thận, và xóa đi khi không cần nữa.</translation>
    </message>
    <message>
        <source>Save this paper…</source>
        <translation>Lưu giấy tờ này…</translation>
    </message>
    <message>
        <source>Save all papers in a folder…</source>
        <translation>Lưu tất cả giấy tờ vào một thư mục…</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Giấy tờ đính kèm: %1</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Lưu giấy tờ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Choose a folder for the papers</source>
        <translation>Chọn thư mục để lưu giấy tờ</translation>
    </message>
    <message>
        <source>Saved %1 papers in %2.</source>
        <translation>Đã lưu %1 giấy tờ vào %2.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>A backup is one encrypted file, for example on a USB stick. It opens with the passphrase you have on the day you make it. Uninstalling the app does not remove your vault or your backups; "Erase everything" below removes the vault.</source>
        <translation>Bản sao lưu là một tệp duy nhất đã được mã hóa, ví dụ lưu trên USB. Bản sao lưu mở bằng cụm mật khẩu bạn đang dùng vào ngày tạo ra nó. Gỡ cài đặt ứng dụng không xóa két sắt hay các bản sao lưu của bạn; còn nút “Xóa sạch tất cả” ở bên dưới thì xóa két sắt.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Tạo bản sao lưu…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Đang tạo bản sao lưu</translation>
    </message>
    <message>
        <source>Remind me to make a backup every this many weeks (0: never)</source>
        <translation>Nhắc tôi tạo bản sao lưu sau mỗi chừng này tuần (0: không bao giờ)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Remind me every (weeks)</source>
        <translation>Nhắc tôi sau mỗi (số tuần)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Lần sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>You keep no papers in your vault yet.</source>
        <translation>Bạn chưa cất giấy tờ nào trong két sắt.</translation>
    </message>
    <message>
        <source>Your papers: %1, %2 in all. A backup holds them too, so it needs at least that much room.</source>
        <translation>Giấy tờ của bạn: %1, tổng cộng %2. Bản sao lưu cũng chứa các giấy tờ này, nên cần ít nhất chừng ấy chỗ trống.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Bạn muốn để bản sao lưu ở đâu?</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Đang tạo bản sao lưu…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Đã tạo và kiểm tra bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Bản sao lưu (*.svbackup)</translation>
    </message>
</context>
<context>
    <name>CaptureShield</name>
    <message>
        <source>On: screenshots, screen recordings and screen sharing leave this app's windows out (on older Windows 10, they show black). Someone can still take a photo of the screen.</source>
        <translation>Đang bật: ảnh chụp màn hình, video quay màn hình và chia sẻ màn hình sẽ không có cửa sổ của ứng dụng này (trên các bản Windows 10 cũ, cửa sổ hiện màu đen). Người khác vẫn có thể dùng điện thoại hay máy ảnh chụp lại màn hình.</translation>
    </message>
    <message>
        <source>On: the app asks macOS to leave its windows out of screenshots and screen sharing. Newer versions of macOS do not always do this, and someone can still take a photo of the screen.</source>
        <translation>Đang bật: ứng dụng yêu cầu macOS không đưa cửa sổ của nó vào ảnh chụp màn hình và chia sẻ màn hình. Các bản macOS mới hơn không phải lúc nào cũng làm theo, và người khác vẫn có thể dùng điện thoại hay máy ảnh chụp lại màn hình.</translation>
    </message>
    <message>
        <source>Your system does not let apps hide from screenshots. Anyone who can see or record the screen can see the app.</source>
        <translation>Hệ thống của bạn không cho ứng dụng ẩn khỏi ảnh chụp màn hình. Ai nhìn thấy hoặc quay được màn hình đều thấy ứng dụng này.</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <source>Passphrase of the backup (the one you had when you made it)</source>
        <translation>Cụm mật khẩu của bản sao lưu (cụm bạn dùng lúc tạo bản sao lưu)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Cụm mật khẩu của bản sao lưu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>This backup is good: it opens with that passphrase and passes every check.</source>
        <translation>Bản sao lưu này dùng được: nó mở bằng cụm mật khẩu đó và qua được mọi bước kiểm tra.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Cụm mật khẩu đó không mở được bản sao lưu này.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup. Please make a new one.</source>
        <translation>Bản sao lưu này bị hỏng hoặc không phải là bản sao lưu. Vui lòng tạo một bản sao lưu mới.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Not decided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Tôi muốn dùng</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Tôi đang dùng</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Lúc này thì chưa</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã dùng xong</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Which provider</source>
        <translation>Nơi hỗ trợ nào</translation>
    </message>
    <message>
        <source>Add another provider</source>
        <translation>Thêm nơi hỗ trợ khác</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Bỏ mục này</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Lựa chọn của tôi</translation>
    </message>
    <message>
        <source>Pick a provider from the local list</source>
        <translation>Chọn một nơi hỗ trợ trong danh sách địa phương</translation>
    </message>
    <message>
        <source>Pick from the local list (optional)</source>
        <translation>Chọn trong danh sách địa phương (nếu muốn)</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Nơi hỗ trợ tôi muốn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>How is it going for me?</source>
        <translation>Tôi thấy dịch vụ này thế nào?</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Điều đang ổn</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Điều chưa ổn</translation>
    </message>
    <message>
        <source>Choose a service on the left to say what you want.</source>
        <translation>Chọn một dịch vụ ở bên trái để cho biết bạn muốn gì.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Mục %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Filled in from the local list. Press Save to keep it.</source>
        <translation>Đã điền từ danh sách địa phương. Bấm “Lưu” để giữ lại.</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes. Press Save to keep them.</source>
        <translation>Bạn đã sửa phần này nhưng chưa lưu. Những thay đổi của bạn vẫn còn đây. Bấm “Lưu” để giữ lại.</translation>
    </message>
    <message>
        <source>Your changes to “%1” are kept, not saved yet. Go back to it to save them.</source>
        <translation>Những thay đổi của bạn ở “%1” vẫn được giữ, nhưng chưa lưu. Hãy quay lại đó để lưu.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick what you want, if you like.</source>
        <translation>Chưa có gì để lưu. Nếu muốn, bạn hãy chọn điều mình muốn.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>A new entry was added. Fill in the provider, then Save.</source>
        <translation>Đã thêm một mục mới. Hãy điền nơi hỗ trợ, rồi bấm “Lưu”.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Đã bỏ.</translation>
    </message>
</context>
<context>
    <name>ChoiceToggles</name>
    <message>
        <source>Choice %1 of %2. Only one can be chosen.</source>
        <translation>Lựa chọn thứ %1 trong %2. Chỉ chọn được một.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>The share code</source>
        <translation>Mã mở gói</translation>
    </message>
    <message>
        <source>The packet is saved. This code opens it.</source>
        <translation>Gói chia sẻ đã được lưu. Mã này dùng để mở gói.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Mã mở gói</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>Give this code to them another way than the file: read it to them on the phone, or write it on paper. In a PDF reader, they type it exactly as shown, in small letters with the dashes. Typed with spaces instead of dashes (%1), it opens the file too. Anyone with both the file and the code can read the packet. The app does not keep the code.</source>
        <translation>Đừng gửi mã này kèm với tệp. Hãy đưa mã cho họ bằng cách khác: đọc cho họ nghe qua điện thoại, hoặc viết ra giấy. Trong trình đọc PDF, họ gõ mã đúng như hiển thị: chữ thường, có dấu gạch ngang. Nếu gõ dấu cách thay cho dấu gạch ngang (%1), tệp cũng mở được. Ai có cả tệp lẫn mã đều đọc được gói này. Ứng dụng không giữ lại mã.</translation>
    </message>
    <message>
        <source>This packet has no share code: anyone with the file can read it.</source>
        <translation>Gói này không có mã mở gói: ai có tệp cũng đọc được.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Đã sao chép. Bộ nhớ tạm sẽ được xóa sau 30 giây.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>What goes in?</source>
        <translation>Cho những gì vào gói?</translation>
    </message>
    <message>
        <source>Tick what you want in this packet. Nothing is in it unless you tick it.</source>
        <translation>Đánh dấu những gì bạn muốn cho vào gói này. Không có gì vào gói nếu bạn không đánh dấu.</translation>
    </message>
    <message>
        <source>Start from what they may see</source>
        <translation>Bắt đầu từ những gì họ được xem</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Kèm ghi chú của tôi</translation>
    </message>
    <message>
        <source>Include how services are going for me (my feedback)</source>
        <translation>Kèm cảm nhận của tôi về các dịch vụ (ý kiến của tôi)</translation>
    </message>
    <message>
        <source>Nothing is ticked. Tick only what you want %1 to see.</source>
        <translation>Chưa đánh dấu gì. Chỉ đánh dấu những gì bạn muốn %1 xem.</translation>
    </message>
    <message>
        <source>Ticked: %1. Only what you tick goes to %2.</source>
        <translation>Đã đánh dấu: %1. Chỉ những gì bạn đánh dấu mới đến tay %2.</translation>
    </message>
    <message>
        <source>Start from what %1 may see</source>
        <translation>Bắt đầu từ những gì %1 được xem</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Change this date</source>
        <translation>Sửa ngày này</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Thêm một ngày</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>For which paper</source>
        <translation>Cho giấy tờ nào</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A few words and the day are enough. A reminder shows inside the app after you unlock it, nowhere else.</source>
        <translation>Chỉ cần vài chữ và ngày là đủ. Lời nhắc chỉ hiện trong ứng dụng sau khi bạn mở khóa, không hiện ở nơi nào khác.</translation>
    </message>
    <message>
        <source>No paper</source>
        <translation>Không có giấy tờ</translation>
    </message>
    <message>
        <source>Please say what the date is for, in a few words.</source>
        <translation>Vui lòng ghi vài chữ cho biết ngày này là việc gì.</translation>
    </message>
</context>
<context>
    <name>DateKind</name>
    <message>
        <source>Hearing</source>
        <translation>Phiên tòa</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Lịch hẹn</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>A paper runs out</source>
        <translation>Giấy tờ hết hạn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message>
        <source>no reminder</source>
        <translation>không nhắc</translation>
    </message>
    <message>
        <source>reminder on the day</source>
        <translation>nhắc vào đúng ngày</translation>
    </message>
    <message>
        <source>reminder the day before</source>
        <translation>nhắc trước một ngày</translation>
    </message>
    <message numerus="yes">
        <source>reminder %n days before</source>
        <translation>
            <numerusform>nhắc trước %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs out</source>
        <translation>%1 hết hạn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Reminder: it is soon</source>
        <translation>Lời nhắc: sắp đến ngày</translation>
    </message>
    <message>
        <source>Reminder: this day has passed</source>
        <translation>Lời nhắc: ngày này đã qua</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>My dates</source>
        <translation>Ngày cần nhớ</translation>
    </message>
    <message>
        <source>Hearings, appointments, renewals, and the day each paper runs out. Reminders show here and on My plan, only after you unlock.</source>
        <translation>Phiên tòa, lịch hẹn, gia hạn, và ngày hết hạn của từng giấy tờ. Lời nhắc hiện ở đây và ở trang “Kế hoạch của tôi”, chỉ sau khi bạn mở khóa.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <translation>Thêm một ngày</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No dates yet. Add a hearing, an appointment or a renewal when you want to. The day a paper runs out shows here by itself.</source>
        <translation>Chưa có ngày nào. Khi muốn, bạn có thể thêm một phiên tòa, lịch hẹn hoặc ngày gia hạn. Ngày hết hạn của giấy tờ sẽ tự hiện ở đây.</translation>
    </message>
    <message>
        <source>Choose a date in the list first.</source>
        <translation>Trước hết, hãy chọn một ngày trong danh sách.</translation>
    </message>
    <message>
        <source>This is the day a paper runs out: change it in the paper's details.</source>
        <translation>Đây là ngày hết hạn của một giấy tờ: hãy sửa ngày này trong phần thông tin của giấy tờ đó.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Marked as done. Its reminder stops.</source>
        <translation>Đã đánh dấu là xong. Lời nhắc của ngày này sẽ dừng.</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>Đã đánh dấu là chưa xong.</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Xóa ngày này?</translation>
    </message>
    <message>
        <source>Delete “%1” from your dates?</source>
        <translation>Xóa “%1” khỏi danh sách ngày cần nhớ?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Chưa lưu: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What you can do next</source>
        <translation>Việc bạn có thể làm tiếp</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything</source>
        <translation>Xóa sạch tất cả</translation>
    </message>
    <message>
        <source>This overwrites and deletes your vault, its key file and its copy, and the backups kept in its folder. It cannot be undone. Backups you saved elsewhere (for example on a USB stick) are not touched.</source>
        <translation>Việc này sẽ ghi đè rồi xóa két sắt của bạn, tệp khóa và bản sao của tệp khóa, cùng các bản sao lưu nằm trong thư mục của két sắt. Sau đó không thể lấy lại được. Các bản sao lưu bạn đã lưu ở nơi khác (ví dụ trên USB) sẽ không bị đụng đến.</translation>
    </message>
    <message>
        <source>Please know: on some disks (SSDs) and in folders that sync to the cloud, old copies of the encrypted files may remain even after erasing.</source>
        <translation>Xin lưu ý: trên một số loại ổ đĩa (SSD) và trong các thư mục đồng bộ lên đám mây, bản sao cũ của các tệp đã mã hóa có thể vẫn còn, kể cả sau khi xóa sạch.</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm</source>
        <translation>Gõ cụm mật khẩu để xác nhận</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Cụm mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Stop! Do not erase</source>
        <translation>Dừng lại! Đừng xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Vui lòng gõ cụm mật khẩu.</translation>
    </message>
    <message>
        <source>That passphrase is not right, so nothing was erased.</source>
        <translation>Cụm mật khẩu đó không đúng, nên không có gì bị xóa.</translation>
    </message>
    <message>
        <source>Erasing in %1… Press "Stop" if you did not mean this.</source>
        <translation>Sẽ xóa sạch sau %1 giây… Bấm “Dừng lại” nếu bạn không định làm vậy.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was erased.</source>
        <translation>Đã dừng. Không có gì bị xóa.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <source>Erase everything</source>
        <translation>Xóa sạch tất cả</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault. You will be asked for your passphrase, and you can stop it during a short countdown.</source>
        <translation>Ghi đè rồi xóa két sắt này. Ứng dụng sẽ hỏi cụm mật khẩu của bạn, và bạn có thể dừng lại trong lúc đếm ngược vài giây.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Xóa sạch tất cả…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added. (%1)</source>
        <translation>Không đọc được bộ khởi đầu này, nên bộ này không được dùng. Không có gì được thêm vào. (%1)</translation>
    </message>
    <message>
        <source>This setup kit could not be read, so it was not used. Nothing was added.</source>
        <translation>Không đọc được bộ khởi đầu này, nên bộ này không được dùng. Không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault. Nothing more was changed.</source>
        <translation>Két sắt gặp trục trặc. Không có gì bị thay đổi thêm.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. A change of your passphrase was stopped before it finished, so your old passphrase still works.</source>
        <translation>Cụm mật khẩu đó không mở được két sắt. Lần đổi cụm mật khẩu trước đã bị dừng giữa chừng, nên cụm mật khẩu cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. A change of your recovery key was stopped before it finished, so your old recovery key still works.</source>
        <translation>Chìa khóa dự phòng đó không mở được két sắt. Lần đổi chìa khóa dự phòng trước đã bị dừng giữa chừng, nên chìa khóa dự phòng cũ của bạn vẫn dùng được.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key. It has 7 groups of 4 letters and numbers, like ABCD-EFGH-…</source>
        <translation>Đây có vẻ không phải chìa khóa dự phòng. Chìa khóa gồm 7 nhóm, mỗi nhóm 4 chữ cái và chữ số, như ABCD-EFGH-…</translation>
    </message>
    <message>
        <source>That recovery key did not open the vault. Please check each group and try again.</source>
        <translation>Chìa khóa dự phòng đó không mở được két sắt. Vui lòng kiểm tra từng nhóm rồi thử lại.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Please check it and try again. Is Caps Lock on?</source>
        <translation>Cụm mật khẩu đó không mở được két sắt. Vui lòng kiểm tra rồi thử lại. Phím Caps Lock có đang bật không?</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. It is the passphrase you had on the day you made it.</source>
        <translation>Cụm mật khẩu đó không mở được bản sao lưu này. Cần dùng cụm mật khẩu bạn có vào ngày tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>This backup file is damaged or is not a vault backup. Nothing has been changed.</source>
        <translation>Tệp sao lưu này bị hỏng hoặc không phải bản sao lưu của két sắt. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a backup, so it was not used. Your vault is as it was.</source>
        <translation>Bản sao lưu này bị hỏng hoặc không phải bản sao lưu, nên không được dùng. Két sắt của bạn vẫn như cũ.</translation>
    </message>
    <message>
        <source>The backup file could not be read (was the USB stick taken out?). Nothing has been changed.</source>
        <translation>Không đọc được tệp sao lưu (có phải USB đã bị rút ra?). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of the app. Please update the app to open it. Nothing has been changed.</source>
        <translation>Két sắt này được tạo bằng phiên bản mới hơn của ứng dụng. Vui lòng cập nhật ứng dụng để mở. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The vault's files look damaged, so it cannot be opened safely. Nothing has been changed. If you have a backup, you can restore it.</source>
        <translation>Các tệp của két sắt có vẻ bị hỏng, nên không thể mở một cách an toàn. Không có gì bị thay đổi. Nếu có bản sao lưu, bạn có thể khôi phục từ bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Another task was still using the vault, so nothing was changed. Please try again in a moment.</source>
        <translation>Một việc khác vẫn đang dùng két sắt, nên không có gì bị thay đổi. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>To change the vault's keys, please choose a new passphrase first.</source>
        <translation>Để đổi khóa mã hóa của két sắt, trước hết bạn hãy chọn cụm mật khẩu mới.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first.</source>
        <translation>Két sắt này đang mở ở một cửa sổ khác. Vui lòng đóng ở cửa sổ đó trước.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Không có két sắt nào trong thư mục này.</translation>
    </message>
    <message>
        <source>There is already a vault here. Nothing has been changed.</source>
        <translation>Ở đây đã có một két sắt. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It cannot be empty.</source>
        <translation>Vui lòng chọn một cụm mật khẩu. Không được để trống.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Hai cụm mật khẩu không giống nhau. Vui lòng gõ lại.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Két sắt này không có chìa khóa dự phòng.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk. Nothing was changed.</source>
        <translation>Ổ đĩa không đủ chỗ trống. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written to (it may be read-only, or on a locked drive). Nothing was lost.</source>
        <translation>Không ghi được vào thư mục của két sắt (có thể thư mục chỉ cho đọc, hoặc nằm trên ổ đĩa bị khóa). Không mất gì cả.</translation>
    </message>
    <message>
        <source>That item is no longer in the vault.</source>
        <translation>Mục đó không còn trong két sắt nữa.</translation>
    </message>
    <message>
        <source>The vault is locked. Please unlock it first.</source>
        <translation>Két sắt đang khóa. Vui lòng mở khóa trước.</translation>
    </message>
    <message>
        <source>That could not be saved. Please check what you typed.</source>
        <translation>Không lưu được. Vui lòng xem lại những gì bạn đã gõ.</translation>
    </message>
    <message>
        <source>A goal needs a short title.</source>
        <translation>Mục tiêu cần có một tên ngắn.</translation>
    </message>
    <message>
        <source>This document is larger than 50 MB, so it cannot be kept in the vault. Nothing was added.</source>
        <translation>Giấy tờ này lớn hơn 50 MB, nên không thể cất trong két sắt. Không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>This document changed while it was being read (perhaps it is still being saved or synced). Nothing was added. Please try again when it is finished.</source>
        <translation>Giấy tờ này đã thay đổi trong lúc đang được đọc (có thể nó vẫn đang được lưu hoặc đồng bộ). Không có gì được thêm vào. Vui lòng thử lại khi việc đó xong.</translation>
    </message>
    <message>
        <source>This document's copy in the vault is damaged and cannot be read. Your other papers are safe.</source>
        <translation>Bản sao của giấy tờ này trong két sắt bị hỏng và không đọc được. Các giấy tờ khác của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <source>There is not enough free space on this computer's disk to keep this paper safely: while it is added, it needs about twice its size. Nothing was added. Your vault is safe.</source>
        <translation>Ổ đĩa của máy tính này không đủ chỗ trống để cất giấy tờ này một cách an toàn: trong lúc thêm vào, cần chỗ trống khoảng gấp đôi dung lượng của giấy tờ. Không có gì được thêm vào. Két sắt của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <source>This file could not be read (it may be a folder, or it was moved or is locked). Nothing was added.</source>
        <translation>Không đọc được tệp này (có thể đó là một thư mục, hoặc tệp đã bị di chuyển hay đang bị khóa). Không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>The copy could not be saved there (the folder may be read-only, or gone). Your paper is still safe in your vault.</source>
        <translation>Không lưu được bản sao vào đó (có thể thư mục chỉ cho đọc, hoặc không còn nữa). Giấy tờ của bạn vẫn an toàn trong két sắt.</translation>
    </message>
    <message>
        <source>Adding papers was stopped. The papers added before it are kept; the rest were not added.</source>
        <translation>Việc thêm giấy tờ đã dừng. Các giấy tờ thêm vào trước đó vẫn được giữ; số còn lại chưa được thêm.</translation>
    </message>
    <message>
        <source>That is not a file that can hold a packet (a folder, a device or a pipe).</source>
        <translation>Đó không phải là tệp có thể chứa gói chia sẻ (mà là một thư mục, một thiết bị hay một đường ống dữ liệu).</translation>
    </message>
    <message>
        <source>This file is too large to be a share packet.</source>
        <translation>Tệp này quá lớn, không thể là gói chia sẻ.</translation>
    </message>
    <message>
        <source>That share code does not open this packet. Please check it with the person who sent it.</source>
        <translation>Mã mở gói đó không mở được gói này. Vui lòng hỏi lại người đã gửi gói.</translation>
    </message>
    <message>
        <source>Warning: this packet has been changed since it was made, or parts of it were swapped. Do not rely on it. Ask the person who sent it for a new one.</source>
        <translation>Cảnh báo: gói này đã bị thay đổi sau khi được tạo, hoặc có phần bị tráo đổi. Đừng tin vào nội dung gói này. Hãy xin người đã gửi một gói mới.</translation>
    </message>
    <message>
        <source>This file is not a share packet, or it is damaged.</source>
        <translation>Tệp này không phải gói chia sẻ, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>That file is not there any more. Please choose it again.</source>
        <translation>Tệp đó không còn ở đó nữa. Vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>This packet's consent has ended, so it should not be used any more. Ask the person who sent it if they want to share again.</source>
        <translation>Sự đồng ý cho gói này đã kết thúc, vì vậy không nên dùng gói này nữa. Hãy hỏi người đã gửi xem họ có muốn chia sẻ lại không.</translation>
    </message>
    <message>
        <source>The packet did not pass its own check, so it was not saved. Nothing was shared. Please try again.</source>
        <translation>Gói không qua được bước tự kiểm tra, nên chưa được lưu. Chưa có gì được chia sẻ. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>“%1” cannot go into the packet, so the packet was not made. You can leave it out.</source>
        <translation>Không thể cho “%1” vào gói, nên gói chưa được tạo. Bạn có thể bỏ giấy tờ này ra khỏi gói.</translation>
    </message>
    <message>
        <source>“%1” is a picture the app cannot open (it may be damaged, or too large), so it cannot take out its hidden details. It was not attached, and the packet was not made. You can leave it out.</source>
        <translation>“%1” là một hình ảnh mà ứng dụng không mở được (có thể bị hỏng hoặc quá lớn), nên không thể xóa các thông tin ẩn trong ảnh. Ảnh này chưa được đính kèm, và gói chưa được tạo. Bạn có thể bỏ ảnh này ra khỏi gói.</translation>
    </message>
    <message>
        <source>“%1” holds several pages in one picture file, and only the first could be cleaned of its hidden details. So that no page goes missing, the packet was not made. You can leave it out.</source>
        <translation>“%1” có nhiều trang trong cùng một tệp ảnh, và chỉ trang đầu tiên được xóa thông tin ẩn. Để không trang nào bị sót, gói chưa được tạo. Bạn có thể bỏ tệp này ra khỏi gói.</translation>
    </message>
    <message>
        <source>“%1” is a photo in a format (HEIC, AVIF or JPEG XL) whose hidden details the app cannot take out, so the packet was not made. You can leave it out, or save the photo as JPEG and add that copy.</source>
        <translation>“%1” là ảnh ở định dạng (HEIC, AVIF hoặc JPEG XL) mà ứng dụng không xóa được thông tin ẩn, nên gói chưa được tạo. Bạn có thể bỏ ảnh này ra khỏi gói, hoặc lưu ảnh thành JPEG rồi thêm bản JPEG đó vào.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the vault and cannot be read, so the packet was not made. Your other papers are safe. You can leave it out.</source>
        <translation>“%1” bị hỏng trong két sắt và không đọc được, nên gói chưa được tạo. Các giấy tờ khác của bạn vẫn an toàn. Bạn có thể bỏ giấy tờ này ra khỏi gói.</translation>
    </message>
    <message>
        <source>A paper in this packet has a file name that could reach outside the folder, so nothing was saved. Do not rely on this packet.</source>
        <translation>Một giấy tờ trong gói này có tên tệp có thể trỏ ra ngoài thư mục, nên không có gì được lưu. Đừng tin vào gói này.</translation>
    </message>
    <message>
        <source>A file with the name of one of the papers is already in that folder. Nothing was overwritten. Please choose an empty folder.</source>
        <translation>Trong thư mục đó đã có một tệp trùng tên với một trong các giấy tờ. Không có gì bị ghi đè. Vui lòng chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>The papers can only be saved in a folder, and that is not one.</source>
        <translation>Giấy tờ chỉ lưu được vào một thư mục, mà chỗ đó không phải là thư mục.</translation>
    </message>
    <message>
        <source>The papers you chose are too large for one packet: together at most %1 MB. Leave some out, or share them in two packets.</source>
        <translation>Các giấy tờ bạn chọn quá lớn cho một gói: tổng cộng tối đa %1 MB. Hãy bỏ bớt một số, hoặc chia sẻ trong hai gói.</translation>
    </message>
    <message>
        <source>This setup kit is too large, so it was not used. Nothing was added.</source>
        <translation>Bộ khởi đầu này quá lớn, nên không được dùng. Không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>Reading the setup kit was stopped. Nothing was added.</source>
        <translation>Đã dừng đọc bộ khởi đầu. Không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>The files could not be read or written. Please check the disk and try again.</source>
        <translation>Không đọc hoặc ghi được các tệp. Vui lòng kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Notes for the helper</source>
        <translation>Ghi chú cho người giúp đỡ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Making your vault</source>
        <translation>Đang tạo két sắt của bạn</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>This app keeps your own plan: your goals, the services you want or do not want, and what you would like providers to know. It keeps everything on this computer and sends nothing anywhere.</source>
        <translation>Ứng dụng này giữ kế hoạch của riêng bạn: các mục tiêu, những dịch vụ bạn muốn hoặc không muốn, và những điều bạn muốn các nơi hỗ trợ biết. Mọi thứ được giữ trên máy tính này, và ứng dụng không gửi gì đi đâu cả.</translation>
    </message>
    <message>
        <source>Nobody can open it without your passphrase: not an agency, not us. You decide if anything is shared, with whom, and until when.</source>
        <translation>Không ai xem được kế hoạch của bạn nếu không có cụm mật khẩu: kể cả một tổ chức, kể cả chúng tôi. Bạn quyết định có chia sẻ gì không, chia sẻ với ai, và đến khi nào.</translation>
    </message>
    <message>
        <source>Please know: if someone watches this computer with hidden software, they may see what you type. If you are not sure this computer is safe, you can set this up later on a safer device.</source>
        <translation>Xin lưu ý: nếu có người theo dõi máy tính này bằng phần mềm ẩn, họ có thể thấy những gì bạn gõ. Nếu bạn không chắc máy tính này an toàn, bạn có thể làm việc này sau, trên một máy khác an toàn hơn.</translation>
    </message>
    <message>
        <source>I have a backup from before: restore it…</source>
        <translation>Tôi có bản sao lưu từ trước: khôi phục bản đó…</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Mở gói chia sẻ ai đó đưa cho tôi…</translation>
    </message>
    <message>
        <source>Is someone helping you set up?</source>
        <translation>Có ai đang giúp bạn thiết lập không?</translation>
    </message>
    <message>
        <source>I am setting this up on my own</source>
        <translation>Tôi tự thiết lập một mình</translation>
    </message>
    <message>
        <source>Someone is helping me (for example an advocate)</source>
        <translation>Có người đang giúp tôi (ví dụ một nhân viên hỗ trợ)</translation>
    </message>
    <message>
        <source>A helper gets short notes on each step. They never need to see your passphrase or what you write.</source>
        <translation>Người giúp đỡ sẽ thấy ghi chú ngắn ở mỗi bước. Họ không bao giờ cần xem cụm mật khẩu hay những gì bạn viết.</translation>
    </message>
    <message>
        <source>How should the app look?</source>
        <translation>Bạn muốn ứng dụng trông thế nào?</translation>
    </message>
    <message>
        <source>In discreet mode the window is called "Notes" and has a plain icon, so a glance at the screen or the taskbar does not say what it is. You can change this later in Settings.</source>
        <translation>Ở chế độ kín đáo, cửa sổ có tên “Ghi chú” và biểu tượng đơn giản, nên ai liếc qua màn hình hay thanh tác vụ cũng không biết đây là ứng dụng gì. Bạn có thể đổi lại sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Use discreet mode</source>
        <translation>Dùng chế độ kín đáo</translation>
    </message>
    <message>
        <source>Preview of the window's name and icon:</source>
        <translation>Xem trước tên và biểu tượng của cửa sổ:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Chọn cụm mật khẩu</translation>
    </message>
    <message>
        <source>A passphrase is a few words you can remember and others cannot guess, like four words that make a picture in your mind.</source>
        <translation>Cụm mật khẩu là vài từ bạn nhớ được mà người khác không đoán ra, ví dụ bốn từ cùng gợi lên một hình ảnh trong đầu bạn.</translation>
    </message>
    <message>
        <source>If you forget it, nobody can open the vault, not even us. The next step makes a recovery key, just for that.</source>
        <translation>Nếu bạn quên cụm mật khẩu, không ai mở được két sắt, kể cả chúng tôi. Bước tiếp theo sẽ tạo một chìa khóa dự phòng, dành riêng cho lúc đó.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Độ mạnh của cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Gõ lại cụm mật khẩu đó</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Chìa khóa dự phòng của bạn</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault.</source>
        <translation>Nếu có lúc bạn quên cụm mật khẩu, chìa khóa này sẽ mở được két sắt.</translation>
    </message>
    <message>
        <source>Skip this (not recommended)…</source>
        <translation>Bỏ qua bước này (không nên)…</translation>
    </message>
    <message>
        <source>Anything from an agency? (optional)</source>
        <translation>Có gì từ một tổ chức không? (nếu có)</translation>
    </message>
    <message>
        <source>An agency may have given you a setup kit: their contact details and a list of local services. Loading it shares nothing with them, and chooses nothing for you. You can skip this.</source>
        <translation>Có thể một tổ chức đã đưa cho bạn một bộ khởi đầu: thông tin liên lạc của họ và danh sách dịch vụ ở địa phương. Mở bộ này không chia sẻ gì với họ, và không chọn gì thay bạn. Bạn có thể bỏ qua bước này.</translation>
    </message>
    <message>
        <source>Load a setup kit…</source>
        <translation>Mở bộ khởi đầu…</translation>
    </message>
    <message>
        <source>Load a list of local services…</source>
        <translation>Mở danh sách dịch vụ ở địa phương…</translation>
    </message>
    <message>
        <source>Reading the setup kit</source>
        <translation>Đang đọc bộ khởi đầu</translation>
    </message>
    <message>
        <source>Do not use this kit</source>
        <translation>Không dùng bộ này</translation>
    </message>
    <message>
        <source>You are in charge</source>
        <translation>Bạn là người quyết định</translation>
    </message>
    <message>
        <source>Your vault is ready. Nothing is shared unless you choose.</source>
        <translation>Két sắt của bạn đã sẵn sàng. Không có gì được chia sẻ nếu bạn không chọn.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the red button at the top, to hide and close the app at once.</source>
        <translation>Thoát nhanh: bấm phím Shift (⇧) ba lần liên tiếp, hoặc bấm nút màu đỏ ở phía trên, để ẩn và đóng ngay ứng dụng.</translation>
    </message>
    <message>
        <source>For the helper: let the person read at their own pace. Nothing here asks about what happened to them.</source>
        <translation>Dành cho người giúp đỡ: hãy để người đó tự đọc theo nhịp của mình. Ở đây không có câu hỏi nào về những chuyện đã xảy ra với người đó.</translation>
    </message>
    <message>
        <source>For the helper: you can stay for the setup, and you never need the passphrase.</source>
        <translation>Dành cho người giúp đỡ: bạn có thể ở lại trong lúc thiết lập, và không bao giờ cần biết cụm mật khẩu.</translation>
    </message>
    <message>
        <source>For the helper: ask whether others use or look at this computer.</source>
        <translation>Dành cho người giúp đỡ: hãy hỏi xem có ai khác dùng hoặc xem máy tính này không.</translation>
    </message>
    <message>
        <source>For the helper: please look away now, or hand the keyboard over. Do not watch the passphrase being typed, and do not write it down.</source>
        <translation>Dành cho người giúp đỡ: vui lòng nhìn đi chỗ khác ngay bây giờ, hoặc đưa bàn phím cho người đó. Đừng nhìn khi cụm mật khẩu đang được gõ, và đừng ghi lại.</translation>
    </message>
    <message>
        <source>For the helper: please look away while the key is shown. Help them choose a safe place for it, without seeing it.</source>
        <translation>Dành cho người giúp đỡ: vui lòng nhìn đi chỗ khác trong lúc chìa khóa đang hiện. Hãy giúp người đó chọn một nơi an toàn để cất chìa khóa, mà không nhìn thấy nó.</translation>
    </message>
    <message>
        <source>For the helper: if you brought a setup kit, this is where it goes. It adds your contact details with no sharing permission.</source>
        <translation>Dành cho người giúp đỡ: nếu bạn có mang theo bộ khởi đầu, hãy dùng ở bước này. Bộ này thêm thông tin liên lạc của bạn, nhưng không cho bạn quyền xem gì cả.</translation>
    </message>
    <message>
        <source>For the helper: thank you. From here on, the person is in charge.</source>
        <translation>Dành cho người giúp đỡ: cảm ơn bạn. Từ đây trở đi, người đó là người quyết định.</translation>
    </message>
    <message>
        <source>Make my vault</source>
        <translation>Tạo két sắt của tôi</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Mở két sắt của tôi</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. You can make it longer, or press "Next" again to keep it. It is your choice.</source>
        <translation>Cụm mật khẩu này dễ đoán. Bạn có thể làm cho nó dài hơn, hoặc bấm “Tiếp” lần nữa để giữ nguyên. Bạn tự quyết định.</translation>
    </message>
    <message>
        <source>Skip the recovery key?</source>
        <translation>Bỏ qua chìa khóa dự phòng?</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase means the vault cannot be opened by anyone, ever. You can make a key later in Settings.</source>
        <translation>Nếu không có chìa khóa dự phòng mà bạn quên cụm mật khẩu, thì sẽ không ai mở được két sắt nữa, mãi mãi. Bạn có thể tạo chìa khóa sau, trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Giữ chìa khóa</translation>
    </message>
    <message>
        <source>Choose the folder with the directory files</source>
        <translation>Chọn thư mục chứa các tệp danh sách dịch vụ</translation>
    </message>
    <message>
        <source>Choose the setup kit</source>
        <translation>Chọn bộ khởi đầu</translation>
    </message>
    <message>
        <source>Setup kits (*.json *.zip)</source>
        <translation>Bộ khởi đầu (*.json *.zip)</translation>
    </message>
    <message>
        <source>Reading the setup kit…</source>
        <translation>Đang đọc bộ khởi đầu…</translation>
    </message>
    <message>
        <source>no agency card</source>
        <translation>không có thông tin tổ chức</translation>
    </message>
    <message>
        <source>Ready to add: %1. Local services in its list: %2. Nothing will be chosen for you.</source>
        <translation>Sẵn sàng thêm: %1. Số dịch vụ địa phương trong danh sách: %2. Sẽ không có gì được chọn thay bạn.</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Đang tạo két sắt của bạn. Việc này mất một lúc.</translation>
    </message>
    <message>
        <source>Your recovery key works. Keep it safe.</source>
        <translation>Chìa khóa dự phòng của bạn dùng được. Hãy cất giữ cẩn thận.</translation>
    </message>
    <message>
        <source>You have no recovery key yet. You can make one in Settings.</source>
        <translation>Bạn chưa có chìa khóa dự phòng. Bạn có thể tạo trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Local services added from the setup kit: %1.</source>
        <translation>Số dịch vụ địa phương đã thêm từ bộ khởi đầu: %1.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphraseDialog</name>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Tôi quên cụm mật khẩu</translation>
    </message>
    <message>
        <source>Open and save</source>
        <translation>Mở và lưu</translation>
    </message>
    <message>
        <source>Type your recovery key, then choose a new passphrase. Your recovery key keeps working afterwards.</source>
        <translation>Gõ chìa khóa dự phòng, rồi chọn cụm mật khẩu mới. Sau đó chìa khóa dự phòng của bạn vẫn tiếp tục dùng được.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>Seven groups of four letters and numbers</source>
        <translation>Bảy nhóm, mỗi nhóm bốn chữ cái và chữ số</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Gõ lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Vui lòng gõ chìa khóa dự phòng.</translation>
    </message>
    <message>
        <source>Opening with your recovery key…</source>
        <translation>Đang mở bằng chìa khóa dự phòng…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Bạn chưa lưu phần này. Nội dung vẫn còn đây.</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (nếu muốn)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Có thể để trống</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>GoalArea</name>
    <message>
        <source>No area</source>
        <translation>Chưa chọn lĩnh vực</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền bạc</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Việc pháp lý</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Sống an lành</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Dẫn dắt và giúp đỡ người khác</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Change goal</source>
        <translation>Sửa mục tiêu</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Mục tiêu mới</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>Only the goal itself is needed. Nothing here leaves your vault unless you make a packet.</source>
        <translation>Chỉ cần ghi mục tiêu là đủ. Không có gì ở đây ra khỏi két sắt nếu bạn không tạo gói chia sẻ.</translation>
    </message>
    <message>
        <source>You were writing this goal and had not saved it. Here it is.</source>
        <translation>Bạn đang viết dở mục tiêu này và chưa lưu. Nội dung vẫn còn đây.</translation>
    </message>
    <message>
        <source>You were changing this goal and had not saved it. Here are your changes.</source>
        <translation>Bạn đang sửa dở mục tiêu này và chưa lưu. Những thay đổi của bạn vẫn còn đây.</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>For example: find a flat near my sister</source>
        <translation>Ví dụ: tìm nhà thuê gần nhà chị gái tôi</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Vì sao điều này quan trọng với tôi</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Lĩnh vực trong cuộc sống</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Tình hình hiện giờ</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Mong đạt được trước ngày</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>I have a date in mind</source>
        <translation>Tôi đã nghĩ đến một ngày</translation>
    </message>
    <message>
        <source>Please give your goal a short title. Everything else is optional.</source>
        <translation>Vui lòng đặt cho mục tiêu một tên ngắn. Mọi thứ khác đều có thể để trống.</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Working on it</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã đạt được</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Không theo nữa</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>No steps yet</source>
        <translation>Chưa có bước nào</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã đạt được</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1/%2 bước</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình hình</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Ngày mong đạt</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>What you want to reach, one step at a time. You decide what, how and when.</source>
        <translation>Điều bạn muốn đạt được, từng bước một. Bạn quyết định làm gì, làm thế nào và khi nào.</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Hiện mục tiêu</translation>
    </message>
    <message>
        <source>All my goals</source>
        <translation>Tất cả mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation>Mục tiêu đã cất đi</translation>
    </message>
    <message>
        <source>Search my goals</source>
        <translation>Tìm trong mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Thêm mục tiêu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Cất đi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Hiện lại</translation>
    </message>
    <message>
        <source>No goals match your search.</source>
        <translation>Không có mục tiêu nào khớp với từ bạn tìm.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa ô tìm kiếm</translation>
    </message>
    <message>
        <source>You have not put any goals away.</source>
        <translation>Bạn chưa cất đi mục tiêu nào.</translation>
    </message>
    <message>
        <source>Show all my goals</source>
        <translation>Hiện tất cả mục tiêu của tôi</translation>
    </message>
    <message>
        <source>No goals like this right now.</source>
        <translation>Hiện không có mục tiêu nào như vậy.</translation>
    </message>
    <message>
        <source>No goals here yet. Add one when you are ready.</source>
        <translation>Chưa có mục tiêu nào. Hãy thêm một mục tiêu khi bạn sẵn sàng.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Trước hết, hãy chọn một mục tiêu trong danh sách.</translation>
    </message>
    <message>
        <source>A new goal, not saved yet: “%1”</source>
        <translation>Mục tiêu mới, chưa lưu: “%1”</translation>
    </message>
    <message>
        <source>A new goal, not saved yet</source>
        <translation>Mục tiêu mới, chưa lưu</translation>
    </message>
    <message>
        <source>Changes not saved yet: “%1”</source>
        <translation>Thay đổi chưa lưu: “%1”</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>một mục tiêu</translation>
    </message>
    <message>
        <source>Archived. You can find it under "Show: Archived goals".</source>
        <translation>Đã cất đi. Bạn có thể tìm lại ở “Hiện: Mục tiêu đã cất đi”.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Đã hiện lại.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Xóa mục tiêu này?</translation>
    </message>
    <message>
        <source>Delete this goal and its steps? This cannot be undone. If you only want it out of sight, choose "Archive" instead.</source>
        <translation>Xóa mục tiêu này cùng các bước của nó? Sau đó không thể lấy lại được. Nếu bạn chỉ muốn không nhìn thấy nó nữa, hãy chọn “Cất đi”.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Until %1</source>
        <translation>Đến ngày %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Không có ngày kết thúc</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Tạo ngày %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Số mục: %1</translation>
    </message>
    <message>
        <source>Protected with a share code</source>
        <translation>Có mã mở gói bảo vệ</translation>
    </message>
    <message>
        <source>Not protected (plain PDF)</source>
        <translation>Không được bảo vệ (PDF thường)</translation>
    </message>
    <message>
        <source>They may still use it</source>
        <translation>Họ vẫn được dùng gói</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Dành cho %1</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <source>What goes in</source>
        <translation>Cho những gì vào gói</translation>
    </message>
    <message>
        <source>%1 (nothing here yet)</source>
        <translation>%1 (chưa có gì)</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Vui lòng gõ cụm mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Backups made before now still open with your old passphrase or recovery key. Make a new backup now, and then destroy the old ones.</source>
        <translation>Các bản sao lưu tạo trước đây vẫn mở được bằng cụm mật khẩu hoặc chìa khóa dự phòng cũ. Hãy tạo một bản sao lưu mới ngay bây giờ, rồi xóa hết các bản sao lưu cũ.</translation>
    </message>
    <message>
        <source>Your recovery key was of an older kind and could not move to the new key, so it no longer works. Please make a new one in Settings.</source>
        <translation>Chìa khóa dự phòng của bạn thuộc loại cũ và không chuyển sang khóa mã hóa mới được, nên không còn dùng được nữa. Vui lòng tạo chìa khóa mới trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Your current passphrase was not right, so nothing was changed.</source>
        <translation>Cụm mật khẩu hiện tại không đúng, nên không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>DEMO — sample data only. It is deleted when you close the app.</source>
        <translation>BẢN DÙNG THỬ — chỉ có dữ liệu mẫu. Dữ liệu sẽ bị xóa khi bạn đóng ứng dụng.</translation>
    </message>
    <message>
        <source>DEMO — sample data only</source>
        <translation>BẢN DÙNG THỬ — chỉ có dữ liệu mẫu</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>BẢN DÙNG THỬ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Khóa két sắt</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Khóa ngay (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
    <message>
        <source>Quick exit: hide and close the app now</source>
        <translation>Thoát nhanh: ẩn và đóng ứng dụng ngay</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Or press Shift three times.</source>
        <translation>Ẩn và đóng ứng dụng ngay lập tức. Hoặc bấm phím Shift (⇧) ba lần liên tiếp.</translation>
    </message>
    <message>
        <source>The encryption library is missing or not working, so this app cannot keep your information safe and will not open. Please reinstall the app.</source>
        <translation>Thiếu thư viện mã hóa hoặc thư viện này không hoạt động, nên ứng dụng không thể giữ an toàn cho thông tin của bạn và sẽ không mở. Vui lòng cài đặt lại ứng dụng.</translation>
    </message>
    <message>
        <source>Survivor Vault</source>
        <translation>Survivor Vault</translation>
    </message>
    <message>
        <source>Erasing everything. This takes a moment.</source>
        <translation>Đang xóa sạch tất cả. Việc này mất một lúc.</translation>
    </message>
    <message>
        <source>The erasing is finished the next time the app starts.</source>
        <translation>Việc xóa sạch sẽ hoàn tất vào lần tới ứng dụng khởi động.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Chìa khóa dự phòng mới</translation>
    </message>
    <message>
        <source>When you use this new key, your old recovery key stops working.</source>
        <translation>Khi bạn dùng chìa khóa mới này, chìa khóa dự phòng cũ sẽ không dùng được nữa.</translation>
    </message>
    <message>
        <source>This key opens your vault if you forget your passphrase.</source>
        <translation>Chìa khóa này mở được két sắt nếu bạn quên cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Dùng chìa khóa này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Putting the new key in place</source>
        <translation>Đang cài chìa khóa mới</translation>
    </message>
    <message>
        <source>Putting your new key in place. This takes a moment; please wait.</source>
        <translation>Đang cài chìa khóa mới của bạn. Việc này mất một lúc; vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Your vault's key file was damaged or missing. Its copy was used, and the key file has been put back. Nothing was lost.</source>
        <translation>Tệp khóa của két sắt bị hỏng hoặc bị mất. Ứng dụng đã dùng bản sao của tệp này và đặt lại tệp khóa. Không mất gì cả.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so nothing new can be saved in your vault right now. Your vault is safe. To make room, empty the trash or delete large files you do not need.</source>
        <translation>Ổ đĩa của máy tính này đã đầy, nên lúc này không lưu thêm được gì vào két sắt. Két sắt của bạn vẫn an toàn. Để có thêm chỗ trống, hãy dọn thùng rác hoặc xóa những tệp lớn mà bạn không cần.</translation>
    </message>
    <message>
        <source>A change of your passphrase or recovery key was stopped before it finished (for example by Quick exit), so nothing was changed: your old passphrase and recovery key still work. If you still want the change, please make it again in Settings.</source>
        <translation>Lần đổi cụm mật khẩu hoặc chìa khóa dự phòng đã bị dừng giữa chừng (ví dụ do Thoát nhanh), nên không có gì bị thay đổi: cụm mật khẩu và chìa khóa dự phòng cũ vẫn dùng được. Nếu vẫn muốn đổi, bạn hãy làm lại trong phần Cài đặt.</translation>
    </message>
</context>
<context>
    <name>OpenPacketDialog</name>
    <message>
        <source>Open a share packet</source>
        <translation>Mở gói chia sẻ</translation>
    </message>
    <message>
        <source>For people who received a packet: choose the file and type the share code you were given. The packet is checked for changes.</source>
        <translation>Dành cho người nhận được gói chia sẻ: chọn tệp và gõ mã mở gói mà bạn nhận được. Ứng dụng sẽ kiểm tra xem gói có bị thay đổi không.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Mã mở gói</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>Mở và kiểm tra</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>Gói chia sẻ</translation>
    </message>
    <message>
        <source>Save its data as JSON…</source>
        <translation>Lưu dữ liệu của gói dưới dạng JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose the packet</source>
        <translation>Chọn gói chia sẻ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose the packet file first.</source>
        <translation>Vui lòng chọn tệp gói chia sẻ trước.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Checked: unchanged since it was made. Signed by the key %1.</source>
        <translation>Đã kiểm tra: không bị thay đổi từ khi được tạo. Được ký bằng khóa %1.</translation>
    </message>
    <message>
        <source>Warning: this packet was made by an older version of Survivor Vault. Its signature covers the data shown here, but not how its pages look. Rely on this text, not on the pages, or ask for a new packet.</source>
        <translation>Cảnh báo: gói này được tạo bằng một phiên bản cũ hơn của Survivor Vault. Chữ ký của gói bảo đảm cho dữ liệu hiển thị ở đây, nhưng không bảo đảm cho cách các trang được trình bày. Hãy tin vào phần chữ ở đây, không phải các trang, hoặc xin một gói mới.</translation>
    </message>
    <message>
        <source>Warning: this packet is not signed, so nothing proves it is unchanged. Do not rely on it without asking the person who sent it.</source>
        <translation>Cảnh báo: gói này không có chữ ký, nên không có gì cho thấy gói chưa bị thay đổi. Đừng tin vào gói này khi chưa hỏi người đã gửi.</translation>
    </message>
    <message>
        <source>Its consent has ended. Use it only if the person who sent it agrees.</source>
        <translation>Sự đồng ý cho gói này đã kết thúc. Chỉ dùng gói nếu người đã gửi đồng ý.</translation>
    </message>
    <message>
        <source>Save the data</source>
        <translation>Lưu dữ liệu</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Working on it</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã đạt được</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Không theo nữa</translation>
    </message>
    <message>
        <source>I want this</source>
        <translation>Tôi muốn dùng</translation>
    </message>
    <message>
        <source>I'm using this</source>
        <translation>Tôi đang dùng</translation>
    </message>
    <message>
        <source>Not right now</source>
        <translation>Lúc này thì chưa</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền bạc</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Việc pháp lý</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>Sống an lành</translation>
    </message>
    <message>
        <source>Leadership &amp; helping others</source>
        <translation>Dẫn dắt và giúp đỡ người khác</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>The name I like to be called</source>
        <translation>Tên tôi muốn được gọi</translation>
    </message>
    <message>
        <source>My pronouns</source>
        <translation>Cách xưng hô với tôi</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Các thứ tiếng tôi nói</translation>
    </message>
    <message>
        <source>Safe ways to contact me</source>
        <translation>Cách liên lạc an toàn với tôi</translation>
    </message>
    <message>
        <source>Safe times to contact me</source>
        <translation>Giờ liên lạc an toàn với tôi</translation>
    </message>
    <message>
        <source>What helps me take part (access needs)</source>
        <translation>Điều giúp tôi tham gia (nhu cầu hỗ trợ tiếp cận)</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Điểm mạnh của tôi</translation>
    </message>
    <message>
        <source>What I want providers to know</source>
        <translation>Điều tôi muốn các nơi hỗ trợ biết</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Giấy tờ tùy thân hoặc hộ chiếu</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Di trú</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tòa án hoặc pháp lý</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Tiền bạc và trợ cấp</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Trường học hoặc học nghề</translation>
    </message>
    <message>
        <source>Information I chose to share with you</source>
        <translation>Thông tin tôi chọn chia sẻ với quý vị</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gửi cho</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Consent ends on</source>
        <translation>Sự đồng ý kết thúc vào ngày</translation>
    </message>
    <message>
        <source>In my words</source>
        <translation>Lời của tôi</translation>
    </message>
    <message>
        <source>If this reached you by mistake, please delete it and do not share it.</source>
        <translation>Nếu quý vị nhận nhầm tài liệu này, xin vui lòng xóa đi và không chia sẻ cho ai.</translation>
    </message>
    <message>
        <source>This copy is not locked with a share code: anyone who has the file can read it. Please keep it safe.</source>
        <translation>Bản này không được khóa bằng mã mở gói: ai có tệp cũng đọc được. Xin quý vị vui lòng cất giữ cẩn thận.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Dịch vụ của tôi</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Về tôi</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Vì sao điều này quan trọng với tôi</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Tình hình hiện giờ</translation>
    </message>
    <message>
        <source>Area of life</source>
        <translation>Lĩnh vực trong cuộc sống</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Mong đạt được trước ngày</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Lựa chọn của tôi</translation>
    </message>
    <message>
        <source>Preferred provider</source>
        <translation>Nơi hỗ trợ tôi muốn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>What is working</source>
        <translation>Điều đang ổn</translation>
    </message>
    <message>
        <source>What is not working</source>
        <translation>Điều chưa ổn</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Đôi lời của tôi</translation>
    </message>
    <message>
        <source>Signed. Key fingerprint</source>
        <translation>Đã ký. Dấu vân tay của khóa</translation>
    </message>
    <message>
        <source>The same fingerprint on two packets means they come from the same person. Survivor Vault's "open-packet" checks that nothing was changed.</source>
        <translation>Hai gói có cùng dấu vân tay nghĩa là chúng đến từ cùng một người. Lệnh “open-packet” của Survivor Vault kiểm tra để bảo đảm không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Không có chữ ký.</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Số hiệu gói</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 trên %2</translation>
    </message>
    <message>
        <source>I choose to share the information in this packet with %1, for this purpose: %2. My consent ends on %3. I can withdraw it at any time.</source>
        <translation>Tôi chọn chia sẻ thông tin trong gói này với %1, với mục đích: %2. Sự đồng ý của tôi kết thúc vào ngày %3. Tôi có thể rút lại sự đồng ý này bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Đã rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>I withdraw my consent for the packet %1, which I made on %2 for %3. Please delete it and any copies, and do not use the information in it from now on.</source>
        <translation>Tôi rút lại sự đồng ý cho gói %1, mà tôi đã tạo ngày %2 cho %3. Xin quý vị vui lòng xóa gói này cùng mọi bản sao, và từ nay không dùng thông tin trong gói nữa.</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ngày rút lại</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Giấy tờ đính kèm: %1</translation>
    </message>
    <message>
        <source>They are inside this PDF file as attachments: a PDF reader shows them in its attachments panel (often a paper-clip button). Survivor Vault's "open-packet --extract" checks them and saves them. Photos were sent without their hidden details (where and when they were taken, the camera).</source>
        <translation>Các giấy tờ nằm trong tệp PDF này dưới dạng tệp đính kèm: trình đọc PDF sẽ hiện chúng ở khung tệp đính kèm (thường là nút hình chiếc kẹp giấy). Lệnh “open-packet --extract” của Survivor Vault kiểm tra và lưu các giấy tờ này. Ảnh đã được gửi đi mà không kèm thông tin ẩn (chụp ở đâu, khi nào, bằng máy nào).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Runs out on</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>PacketWizard</name>
    <message>
        <source>Make a share packet</source>
        <translation>Tạo gói chia sẻ</translation>
    </message>
    <message>
        <source>You were making this packet and had not finished. What you chose and wrote is back.</source>
        <translation>Bạn đang tạo dở gói này. Những gì bạn đã chọn và đã viết vẫn còn nguyên.</translation>
    </message>
    <message>
        <source>The person it was for is no longer in your list: choose who it is for.</source>
        <translation>Người nhận gói này không còn trong danh sách của bạn: hãy chọn gói này dành cho ai.</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>About the paper you chose</source>
        <translation>Về giấy tờ bạn đã chọn</translation>
    </message>
    <message>
        <source>Choose a paper in the list to see its details.</source>
        <translation>Chọn một giấy tờ trong danh sách để xem thông tin.</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · thêm ngày %3</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ngày cấp: %1</translation>
    </message>
    <message>
        <source>Ran out: %1</source>
        <translation>Đã hết hạn: %1</translation>
    </message>
    <message>
        <source>Runs out: %1 (%2)</source>
        <translation>Hết hạn: %1 (%2)</translation>
    </message>
    <message>
        <source>A reminder is set.</source>
        <translation>Đã đặt lời nhắc.</translation>
    </message>
    <message>
        <source>A reminder is set for the day itself.</source>
        <translation>Đã đặt lời nhắc vào đúng ngày đó.</translation>
    </message>
</context>
<context>
    <name>PaperCopy</name>
    <message>
        <source>Save a copy?</source>
        <translation>Lưu bản sao ra ngoài?</translation>
    </message>
    <message>
        <source>The copy you save is not protected: anyone who uses this computer, or the place you save it to, may open it. Your paper stays in your vault too.</source>
        <translation>Bản sao bạn lưu ra ngoài không được bảo vệ: ai dùng máy tính này, hoặc dùng được nơi bạn lưu bản sao, đều có thể mở. Giấy tờ của bạn vẫn còn trong két sắt.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao ra ngoài</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A copy was saved as %1. It is not protected: delete it when you no longer need it.</source>
        <translation>Đã lưu một bản sao thành %1. Bản sao này không được bảo vệ: hãy xóa khi bạn không cần nữa.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Details of this paper</source>
        <translation>Thông tin về giấy tờ này</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation>Tôi biết ngày</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>It runs out</source>
        <translation>Có ngày hết hạn</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Only a name is needed. The file itself stays as it was added.</source>
        <translation>Chỉ cần một cái tên. Bản thân tệp vẫn giữ nguyên như lúc được thêm vào.</translation>
    </message>
    <message>
        <source>Please give the paper a short name, in your own words.</source>
        <translation>Vui lòng đặt cho giấy tờ một tên ngắn, theo cách bạn gọi.</translation>
    </message>
</context>
<context>
    <name>PaperKind</name>
    <message>
        <source>ID or passport</source>
        <translation>Giấy tờ tùy thân hoặc hộ chiếu</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Di trú</translation>
    </message>
    <message>
        <source>Court or legal</source>
        <translation>Tòa án hoặc pháp lý</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Tiền bạc và trợ cấp</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>School or training</source>
        <translation>Trường học hoặc học nghề</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Lớn hơn</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao ra ngoài…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Opening your paper…</source>
        <translation>Đang mở giấy tờ của bạn…</translation>
    </message>
    <message>
        <source>There is no preview for this one. It is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Không xem trước được giấy tờ này. Giấy tờ vẫn được giữ an toàn, nguyên vẹn trong két sắt, và bạn có thể lưu một bản sao ra ngoài.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 trên %2</translation>
    </message>
    <message>
        <source>This page cannot be shown. The paper is kept safe in your vault as it is, and you can save a copy of it.</source>
        <translation>Không hiển thị được trang này. Giấy tờ vẫn được giữ an toàn, nguyên vẹn trong két sắt, và bạn có thể lưu một bản sao ra ngoài.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, trang %2 trên %3</translation>
    </message>
</context>
<context>
    <name>PapersModel</name>
    <message>
        <source>Ran out %1</source>
        <translation>Đã hết hạn ngày %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Hết hạn</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>My papers</source>
        <translation>Giấy tờ của tôi</translation>
    </message>
    <message>
        <source>Copies of your papers, locked inside your vault. Nothing here is shared unless you choose a paper for a packet.</source>
        <translation>Bản sao giấy tờ của bạn, được khóa trong két sắt. Không có gì ở đây được chia sẻ, trừ khi bạn chọn một giấy tờ cho gói chia sẻ.</translation>
    </message>
    <message>
        <source>Search my papers</source>
        <translation>Tìm trong giấy tờ của tôi</translation>
    </message>
    <message>
        <source>Adding papers</source>
        <translation>Đang thêm giấy tờ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Add papers…</source>
        <translation>Thêm giấy tờ…</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Dừng thêm</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu bản sao ra ngoài…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No paper matches your search.</source>
        <translation>Không có giấy tờ nào khớp với từ bạn tìm.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa ô tìm kiếm</translation>
    </message>
    <message>
        <source>No papers yet. When you want to, add a copy of a paper: an ID, a letter, a court paper. It is kept locked inside your vault.</source>
        <translation>Chưa có giấy tờ nào. Khi muốn, bạn có thể thêm bản sao của một giấy tờ: giấy tờ tùy thân, một lá thư, giấy của tòa án. Giấy tờ được khóa an toàn trong két sắt.</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>Trước hết, hãy chọn một giấy tờ trong danh sách.</translation>
    </message>
    <message>
        <source>Please wait until the papers are added.</source>
        <translation>Vui lòng chờ đến khi thêm xong giấy tờ.</translation>
    </message>
    <message>
        <source>Add papers</source>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Adding your papers to the vault…</source>
        <translation>Đang thêm giấy tờ của bạn vào két sắt…</translation>
    </message>
    <message>
        <source>Adding your paper to the vault…</source>
        <translation>Đang thêm giấy tờ của bạn vào két sắt…</translation>
    </message>
    <message>
        <source>Added to your vault: %1.</source>
        <translation>Đã thêm vào két sắt: %1.</translation>
    </message>
    <message>
        <source>Not added: %1. %2</source>
        <translation>Chưa thêm được: %1. %2</translation>
    </message>
    <message>
        <source>Delete the original files?</source>
        <translation>Xóa các tệp gốc?</translation>
    </message>
    <message>
        <source>Your papers are now in your vault. The app can also delete the original files from this computer.

On SSD drives and in cloud folders (OneDrive, iCloud, Dropbox), a deleted file may still be found for a while. Copies in e-mail or on a phone stay.</source>
        <translation>Giấy tờ của bạn giờ đã ở trong két sắt. Ứng dụng cũng có thể xóa các tệp gốc khỏi máy tính này.

Trên ổ SSD và trong thư mục đám mây (OneDrive, iCloud, Dropbox), tệp đã xóa có thể vẫn tìm lại được trong một thời gian. Các bản sao trong email hay trên điện thoại vẫn còn nguyên.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Xóa các tệp gốc</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>The original files were deleted from this computer.</source>
        <translation>Đã xóa các tệp gốc khỏi máy tính này.</translation>
    </message>
    <message>
        <source>The original file was deleted from this computer.</source>
        <translation>Đã xóa tệp gốc khỏi máy tính này.</translation>
    </message>
    <message>
        <source>Not deleted: %1. It changed since it was added, or it could not be removed. Your vault keeps the copy it added.</source>
        <translation>Chưa xóa: %1. Tệp đã thay đổi từ lúc được thêm vào, hoặc không xóa được. Két sắt vẫn giữ bản sao đã thêm.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Delete this paper?</source>
        <translation>Xóa giấy tờ này?</translation>
    </message>
    <message>
        <source>Delete “%1” from your vault? Its copy in the vault is overwritten and cannot be brought back. Packets you already made keep what they hold.</source>
        <translation>Xóa “%1” khỏi két sắt? Bản sao trong két sắt sẽ bị ghi đè và không lấy lại được. Các gói chia sẻ bạn đã tạo vẫn giữ nguyên nội dung của chúng.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Chưa lưu: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Hiện hoặc ẩn những gì bạn đã gõ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>PassphraseSection</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Đổi cụm mật khẩu của tôi</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Gõ lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Đang đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Changing your passphrase also locks your whole vault with a new key. If you think someone may know your passphrase, this explains what to do:</source>
        <translation>Đổi cụm mật khẩu cũng sẽ khóa toàn bộ két sắt bằng một khóa mã hóa mới. Nếu bạn nghĩ có người đã biết cụm mật khẩu của bạn, phần này giải thích nên làm gì:</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Có thể ai đó đã biết cụm mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment.</source>
        <translation>Đang đổi cụm mật khẩu. Việc này mất một lúc.</translation>
    </message>
    <message>
        <source>Done. Your new passphrase opens the vault from now on; the old one does not.</source>
        <translation>Xong. Từ giờ, cụm mật khẩu mới sẽ mở két sắt; cụm cũ thì không.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People &amp; agencies</source>
        <translation>Người và tổ chức</translation>
    </message>
    <message>
        <source>People and agencies you may want to share with one day. Adding someone here shares nothing with them.</source>
        <translation>Những người và tổ chức mà có thể một ngày nào đó bạn muốn chia sẻ. Thêm ai đó vào đây không chia sẻ gì với họ.</translation>
    </message>
    <message>
        <source>Search people and agencies</source>
        <translation>Tìm người và tổ chức</translation>
    </message>
    <message>
        <source>People and agencies</source>
        <translation>Người và tổ chức</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Thêm người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Nobody matches your search.</source>
        <translation>Không có ai khớp với từ bạn tìm.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa ô tìm kiếm</translation>
    </message>
    <message>
        <source>Nobody here yet. Add a person or an agency when you want to.</source>
        <translation>Chưa có ai ở đây. Bạn có thể thêm một người hoặc một tổ chức khi muốn.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Trước hết, hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Not saved yet: “%1”</source>
        <translation>Chưa lưu: “%1”</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Xóa?</translation>
    </message>
    <message>
        <source>Delete this person or agency from your list? Any sharing permission for them ends too. Your sharing history keeps its record.</source>
        <translation>Xóa người hoặc tổ chức này khỏi danh sách? Quyền xem của họ (nếu có) cũng sẽ kết thúc. Lịch sử chia sẻ của bạn vẫn giữ lại ghi nhận cũ.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>What they may see</source>
        <translation>Những gì họ được xem</translation>
    </message>
    <message>
        <source>What %1 may see</source>
        <translation>Những gì %1 được xem</translation>
    </message>
    <message>
        <source>Tick what %1 may see. This sends nothing. When you make a packet for them, these boxes are ticked for you.</source>
        <translation>Đánh dấu những gì %1 được xem. Việc này không gửi đi gì cả. Khi bạn tạo gói chia sẻ cho họ, các ô này sẽ được đánh dấu sẵn.</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Kèm ghi chú của tôi</translation>
    </message>
    <message>
        <source>Include my feedback on services</source>
        <translation>Kèm ý kiến của tôi về các dịch vụ</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>You had changed this and not saved it. Here are your changes.</source>
        <translation>Bạn đã sửa phần này nhưng chưa lưu. Những thay đổi của bạn vẫn còn đây.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Mục đích, theo lời của tôi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>About the person you chose</source>
        <translation>Về người bạn đã chọn</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what you share with them.</source>
        <translation>Chọn một người trong danh sách để xem bạn chia sẻ gì với họ.</translation>
    </message>
    <message>
        <source>What they may see: nothing yet.</source>
        <translation>Những gì họ được xem: chưa có gì.</translation>
    </message>
    <message>
        <source>What they may see: %1, until %2.</source>
        <translation>Những gì họ được xem: %1, đến ngày %2.</translation>
    </message>
    <message>
        <source>What they may see: %1.</source>
        <translation>Những gì họ được xem: %1.</translation>
    </message>
    <message>
        <source>They hold no packet from you now.</source>
        <translation>Hiện họ không giữ gói chia sẻ nào của bạn.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>Packets they hold now: %1 (until %2).</source>
        <translation>Số gói chia sẻ họ đang giữ: %1 (thời hạn: %2).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change person or agency</source>
        <translation>Sửa người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Add a person or agency</source>
        <translation>Thêm người hoặc tổ chức</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Throw away my changes</source>
        <translation>Bỏ những thay đổi của tôi</translation>
    </message>
    <message>
        <source>Only a name is needed. Adding someone here shares nothing with them.</source>
        <translation>Chỉ cần một cái tên. Thêm ai đó vào đây không chia sẻ gì với họ.</translation>
    </message>
    <message>
        <source>You had not saved this yet. Here it is.</source>
        <translation>Bạn chưa lưu phần này. Nội dung vẫn còn đây.</translation>
    </message>
    <message>
        <source>Please give a name, even a first name or a nickname.</source>
        <translation>Vui lòng ghi một cái tên, chỉ tên gọi hay biệt danh cũng được.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Kế hoạch của tôi</translation>
    </message>
    <message>
        <source>Where things are, at a glance. Each card leads to its page.</source>
        <translation>Mọi việc đang ra sao, chỉ cần nhìn qua. Mỗi thẻ dẫn đến trang của nó.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>Go to my goals</source>
        <translation>Đến mục tiêu của tôi</translation>
    </message>
    <message>
        <source>No goals under way. When you are ready, add one on the goals page.</source>
        <translation>Chưa có mục tiêu nào đang làm. Khi sẵn sàng, bạn có thể thêm ở trang mục tiêu.</translation>
    </message>
    <message>
        <source>Working on %1 · done %2</source>
        <translation>Đang làm: %1 · đã đạt được: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Số bước đã xong: %1/%2</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Chưa có bước nào</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Dịch vụ của tôi</translation>
    </message>
    <message>
        <source>Go to my services</source>
        <translation>Đến dịch vụ của tôi</translation>
    </message>
    <message>
        <source>You have not marked any services yet. There is no hurry.</source>
        <translation>Bạn chưa đánh dấu dịch vụ nào. Không cần vội.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Đang dùng: %1</translation>
    </message>
    <message>
        <source>Wanted: %1</source>
        <translation>Muốn dùng: %1</translation>
    </message>
    <message>
        <source>Not right now: %1</source>
        <translation>Lúc này thì chưa: %1</translation>
    </message>
    <message>
        <source>No thanks: %1</source>
        <translation>Không, cảm ơn: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Đã dùng xong: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Hiện đang dùng: %1</translation>
    </message>
    <message>
        <source>What I want: %1</source>
        <translation>Dịch vụ tôi muốn: %1</translation>
    </message>
    <message>
        <source>My dates and papers</source>
        <translation>Ngày cần nhớ và giấy tờ</translation>
    </message>
    <message>
        <source>Go to my dates</source>
        <translation>Đến ngày cần nhớ</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 mục khác</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Hiện không có lời nhắc nào.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Sắp tới: %1, %2</translation>
    </message>
    <message>
        <source>No papers kept yet.</source>
        <translation>Chưa cất giấy tờ nào.</translation>
    </message>
    <message>
        <source>Papers kept in your vault: %1</source>
        <translation>Số giấy tờ trong két sắt: %1</translation>
    </message>
    <message>
        <source>Who has a packet from me</source>
        <translation>Ai đang giữ gói chia sẻ của tôi</translation>
    </message>
    <message>
        <source>Go to sharing</source>
        <translation>Đến phần chia sẻ</translation>
    </message>
    <message>
        <source>Nobody holds a packet from you right now.</source>
        <translation>Hiện không ai giữ gói chia sẻ của bạn.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, thời hạn: %2</translation>
    </message>
    <message>
        <source>My last packet</source>
        <translation>Gói chia sẻ gần nhất của tôi</translation>
    </message>
    <message>
        <source>See my sharing history</source>
        <translation>Xem lịch sử chia sẻ của tôi</translation>
    </message>
    <message>
        <source>You have not made a packet. Nothing has left your vault.</source>
        <translation>Bạn chưa tạo gói chia sẻ nào. Chưa có gì ra khỏi két sắt.</translation>
    </message>
    <message>
        <source>For %1, made %2</source>
        <translation>Dành cho %1, tạo ngày %2</translation>
    </message>
    <message>
        <source>You withdrew your consent on %1.</source>
        <translation>Bạn đã rút lại sự đồng ý vào ngày %1.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Đến ngày %1</translation>
    </message>
    <message>
        <source>My backup</source>
        <translation>Bản sao lưu của tôi</translation>
    </message>
    <message>
        <source>Go to backups</source>
        <translation>Đến phần sao lưu</translation>
    </message>
    <message>
        <source>You have not made a backup yet.</source>
        <translation>Bạn chưa tạo bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Lần sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>It is time for a new one.</source>
        <translation>Đã đến lúc tạo bản sao lưu mới.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>These are the exact pages they will see. Go back to change anything.</source>
        <translation>Đây chính là những trang họ sẽ thấy. Hãy quay lại nếu muốn sửa gì.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Đang tạo bản xem trước</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Xem trước các trang</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Đang tạo bản xem trước…</translation>
    </message>
    <message>
        <source>Pages: %1. Items: %2.</source>
        <translation>Số trang: %1. Số mục: %2.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Nothing is left in this packet. Go back to choose what goes in.</source>
        <translation>Gói này không còn gì. Hãy quay lại để chọn những gì cho vào gói.</translation>
    </message>
</context>
<context>
    <name>PreviewPapers</name>
    <message>
        <source>Photos are sent without their hidden details (where and when they were taken, the camera). Other documents go exactly as they are in your vault.</source>
        <translation>Ảnh được gửi đi mà không kèm thông tin ẩn (chụp ở đâu, khi nào, bằng máy nào). Các giấy tờ khác được gửi nguyên như trong két sắt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Bỏ ra khỏi gói</translation>
    </message>
    <message>
        <source>Leave %1 out of this packet</source>
        <translation>Bỏ %1 ra khỏi gói này</translation>
    </message>
    <message>
        <source>Papers attached: %1</source>
        <translation>Giấy tờ đính kèm: %1</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protection</source>
        <translation>Bảo vệ</translation>
    </message>
    <message>
        <source>Choose who can open the file.</source>
        <translation>Chọn ai được mở tệp.</translation>
    </message>
    <message>
        <source>Protect it with a share code (recommended)</source>
        <translation>Bảo vệ bằng mã mở gói (nên chọn)</translation>
    </message>
    <message>
        <source>A plain PDF anyone can open and print</source>
        <translation>Một tệp PDF thường, ai cũng mở và in được</translation>
    </message>
    <message>
        <source>The file opens only with a code you give them another way, for example by phone or on paper.</source>
        <translation>Tệp chỉ mở được bằng một mã mà bạn đưa cho họ bằng cách khác, ví dụ qua điện thoại hoặc viết ra giấy.</translation>
    </message>
    <message>
        <source>Careful: anyone who gets this file, for example from a wrong email address or a lost USB stick, can read everything in it.</source>
        <translation>Cẩn thận: ai có được tệp này, ví dụ do gửi nhầm địa chỉ email hay làm mất USB, đều đọc được mọi thứ trong đó.</translation>
    </message>
    <message>
        <source>I understand, and I want a plain PDF</source>
        <translation>Tôi hiểu, và tôi muốn một tệp PDF thường</translation>
    </message>
    <message>
        <source>Sign it</source>
        <translation>Ký vào gói</translation>
    </message>
    <message>
        <source>Signing lets them check that nobody changed it, and that it comes from the same person as your other packets. It does not show your name.</source>
        <translation>Chữ ký giúp họ kiểm tra rằng không ai sửa đổi gói, và gói đến từ cùng một người với các gói khác của bạn. Chữ ký không hiện tên bạn.</translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>Why, and until when?</source>
        <translation>Để làm gì, và đến khi nào?</translation>
    </message>
    <message>
        <source>The purpose and the end date are printed on the first page.</source>
        <translation>Mục đích và ngày kết thúc được in ở trang đầu.</translation>
    </message>
    <message>
        <source>Purpose, in my words</source>
        <translation>Mục đích, theo lời của tôi</translation>
    </message>
    <message>
        <source>For example: to plan housing support with me</source>
        <translation>Ví dụ: để cùng tôi lên kế hoạch hỗ trợ về chỗ ở</translation>
    </message>
    <message>
        <source>My consent ends on</source>
        <translation>Sự đồng ý của tôi kết thúc vào ngày</translation>
    </message>
    <message>
        <source>A note in my words</source>
        <translation>Đôi lời của tôi</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Ngôn ngữ của gói</translation>
    </message>
    <message>
        <source>Language of the packet (the person reading it may not read yours)</source>
        <translation>Ngôn ngữ của gói (người đọc có thể không đọc được tiếng của bạn)</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <source>Reading</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Lớn hơn</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>Gói này dành cho ai?</translation>
    </message>
    <message>
        <source>Choose the person or agency. Adding someone shares nothing with them.</source>
        <translation>Chọn người hoặc tổ chức. Thêm ai đó vào danh sách không chia sẻ gì với họ.</translation>
    </message>
    <message>
        <source>Who is it for</source>
        <translation>Dành cho ai</translation>
    </message>
    <message>
        <source>Add a person or agency…</source>
        <translation>Thêm người hoặc tổ chức…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dành cho</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Chìa khóa dự phòng của bạn</translation>
    </message>
    <message>
        <source>Write it down, or print it, and keep it somewhere safe, away from this computer. Anyone who has it can open your vault. It is shown only now.</source>
        <translation>Hãy chép lại hoặc in ra, rồi cất ở nơi an toàn, xa máy tính này. Ai có chìa khóa này đều mở được két sắt của bạn. Chìa khóa chỉ hiện lần này thôi.</translation>
    </message>
    <message>
        <source>Print it (save a one-page PDF)…</source>
        <translation>In ra (lưu thành tệp PDF một trang)…</translation>
    </message>
    <message>
        <source>A group of your recovery key</source>
        <translation>Một nhóm trong chìa khóa dự phòng của bạn</translation>
    </message>
    <message>
        <source>To show you kept it, type group %1 of the key (counting from the left):</source>
        <translation>Để chắc là bạn đã ghi lại, hãy gõ nhóm thứ %1 của chìa khóa (đếm từ bên trái):</translation>
    </message>
    <message>
        <source>That is not the same. Please look at the key again.</source>
        <translation>Không giống nhau. Vui lòng xem lại chìa khóa.</translation>
    </message>
    <message>
        <source>Thank you. Keep it safe.</source>
        <translation>Cảm ơn bạn. Hãy cất giữ cẩn thận.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Lưu chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My recovery key</source>
        <translation>Chìa khóa dự phòng của tôi</translation>
    </message>
    <message>
        <source>This key opens my vault if I forget my passphrase. Keep it safe and away from the computer.</source>
        <translation>Chìa khóa này mở được két sắt của tôi nếu tôi quên cụm mật khẩu. Hãy cất giữ cẩn thận, xa máy tính.</translation>
    </message>
    <message>
        <source>Saved: %1. Print it, then delete the file if others use this computer.</source>
        <translation>Đã lưu: %1. Hãy in ra, rồi xóa tệp đó nếu có người khác dùng máy tính này.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Chìa khóa dự phòng</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Tạo chìa khóa dự phòng mới…</translation>
    </message>
    <message>
        <source>You have a recovery key. Making a new one stops the old one working.</source>
        <translation>Bạn đã có chìa khóa dự phòng. Nếu tạo chìa khóa mới, chìa khóa cũ sẽ không dùng được nữa.</translation>
    </message>
    <message>
        <source>You have no recovery key. If you forget your passphrase, nobody can open the vault.</source>
        <translation>Bạn chưa có chìa khóa dự phòng. Nếu bạn quên cụm mật khẩu, không ai mở được két sắt.</translation>
    </message>
    <message>
        <source>Your new recovery key works now. The old one does not.</source>
        <translation>Chìa khóa dự phòng mới đã dùng được. Chìa khóa cũ thì không còn dùng được.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 ran out on %2 (%3)</source>
        <translation>%1 đã hết hạn ngày %2 (%3)</translation>
    </message>
    <message>
        <source>%1 runs out on %2 (%3)</source>
        <translation>%1 hết hạn ngày %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>ngày mai</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>cách đây %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderField</name>
    <message>
        <source>Remind me</source>
        <translation>Nhắc tôi</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Số ngày nhắc trước</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>vào đúng ngày</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> ngày trước đó</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform>ngày trước đó</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>You have a reminder</source>
        <translation>Bạn có một lời nhắc</translation>
    </message>
</context>
<context>
    <name>RemindersCallout</name>
    <message>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>and %1 more on My dates</source>
        <translation>và %1 lời nhắc khác ở mục “Ngày cần nhớ”</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase you had when you made it. If there is a vault on this computer, it is kept until the backup has opened and passed its checks; then the backup takes its place.</source>
        <translation>Chọn tệp sao lưu và gõ cụm mật khẩu bạn dùng lúc tạo bản sao lưu. Nếu máy tính này đang có két sắt, két sắt đó vẫn được giữ cho đến khi bản sao lưu mở được và qua các bước kiểm tra; sau đó bản sao lưu sẽ thay vào chỗ của két sắt đó.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose the backup…</source>
        <translation>Chọn bản sao lưu…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Cụm mật khẩu của bản sao lưu</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.svbackup)</source>
        <translation>Bản sao lưu (*.svbackup)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Vui lòng chọn tệp sao lưu trước.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Vui lòng gõ cụm mật khẩu của bản sao lưu.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>%1 Your vault is as it was.</source>
        <translation>%1 Két sắt của bạn vẫn như cũ.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Lock by itself after this many idle minutes</source>
        <translation>Tự khóa sau chừng này phút không dùng</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <translation>
            <numerusform>phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock by itself after</source>
        <translation>Tự khóa sau</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Chế độ kín đáo</translation>
    </message>
    <message>
        <source>The window is called "Notes" and has a plain icon, even before you unlock.</source>
        <translation>Cửa sổ có tên “Ghi chú” và biểu tượng đơn giản, kể cả trước khi bạn mở khóa.</translation>
    </message>
    <message>
        <source>Quick exit: press Shift three times, or the Quick exit button, to hide and close the app at once.</source>
        <translation>Thoát nhanh: bấm phím Shift (⇧) ba lần liên tiếp, hoặc bấm nút “Thoát nhanh”, để ẩn và đóng ngay ứng dụng.</translation>
    </message>
    <message>
        <source>Tell me with a notification</source>
        <translation>Báo cho tôi bằng thông báo</translation>
    </message>
    <message>
        <source>Tell me with a notification when a reminder is due</source>
        <translation>Báo cho tôi bằng thông báo khi đến lúc có lời nhắc</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When a reminder is due, the computer shows a notification that says only "You have a reminder", even while the app is locked. Someone near the screen could see it.</source>
        <translation>Tắt, trừ khi bạn bật lên. Khi đến lúc có lời nhắc, máy tính sẽ hiện một thông báo chỉ ghi “Bạn có một lời nhắc”, kể cả khi ứng dụng đang khóa. Người ở gần màn hình có thể thấy thông báo đó.</translation>
    </message>
    <message>
        <source>This computer does not show notifications from apps.</source>
        <translation>Máy tính này không hiện thông báo của các ứng dụng.</translation>
    </message>
    <message>
        <source>Hide from screenshots</source>
        <translation>Ẩn khỏi ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>Hide this app from screenshots and screen sharing</source>
        <translation>Ẩn ứng dụng này khỏi ảnh chụp màn hình và khi chia sẻ màn hình</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the packet</source>
        <translation>Lưu gói chia sẻ</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere: you decide how it gets to them.</source>
        <translation>Chọn nơi lưu gói. Không có gì được gửi đi đâu cả: bạn tự quyết định cách đưa gói đến tay họ.</translation>
    </message>
    <message>
        <source>Save the packet…</source>
        <translation>Lưu gói chia sẻ…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>shared-%1.pdf</source>
        <translation>chia-sẻ-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1. It is in your sharing history.</source>
        <translation>Đã lưu: %1. Gói đã được ghi vào lịch sử chia sẻ.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My goals</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Dịch vụ của tôi</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Về tôi</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Giấy tờ của tôi</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Housing and shelter</source>
        <translation>Nhà ở và nơi tạm trú</translation>
    </message>
    <message>
        <source>A safe place to stay, now or for longer.</source>
        <translation>Một nơi an toàn để ở, ngay bây giờ hoặc lâu dài hơn.</translation>
    </message>
    <message>
        <source>Home and safety</source>
        <translation>Nhà ở và an toàn</translation>
    </message>
    <message>
        <source>Safety planning</source>
        <translation>Lập kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Making a plan to stay safe, with someone who knows how.</source>
        <translation>Cùng một người có kinh nghiệm lập kế hoạch để giữ an toàn cho bản thân.</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Advice from a lawyer or legal worker, for example about rights, family law or court.</source>
        <translation>Tư vấn từ luật sư hoặc người làm công việc pháp lý, ví dụ về quyền lợi, luật gia đình hay việc ra tòa.</translation>
    </message>
    <message>
        <source>Rights and papers</source>
        <translation>Quyền lợi và giấy tờ</translation>
    </message>
    <message>
        <source>Immigration help</source>
        <translation>Trợ giúp về di trú</translation>
    </message>
    <message>
        <source>Help with visas, residence and papers.</source>
        <translation>Giúp về visa, giấy phép cư trú và giấy tờ.</translation>
    </message>
    <message>
        <source>Interpreting and translation</source>
        <translation>Phiên dịch và dịch thuật</translation>
    </message>
    <message>
        <source>Someone who speaks my language, for meetings or papers.</source>
        <translation>Người nói được tiếng của tôi, giúp tôi trong các buổi gặp hoặc với giấy tờ.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Khám chữa bệnh</translation>
    </message>
    <message>
        <source>Doctors, nurses, dental care and medicine.</source>
        <translation>Bác sĩ, y tá, chăm sóc răng miệng và thuốc men.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Counselling and mental health</source>
        <translation>Tư vấn tâm lý và sức khỏe tinh thần</translation>
    </message>
    <message>
        <source>Someone to talk to, and support for how I feel.</source>
        <translation>Người để trò chuyện, và sự hỗ trợ cho những gì tôi đang cảm thấy.</translation>
    </message>
    <message>
        <source>Support with alcohol or drugs</source>
        <translation>Hỗ trợ về rượu bia hoặc chất gây nghiện</translation>
    </message>
    <message>
        <source>Help to cut down or stop, without judgement.</source>
        <translation>Giúp giảm bớt hoặc ngừng hẳn, không ai phán xét.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>Người hỗ trợ riêng</translation>
    </message>
    <message>
        <source>One person who helps me connect with other services.</source>
        <translation>Một người giúp tôi kết nối với các dịch vụ khác.</translation>
    </message>
    <message>
        <source>Everyday support</source>
        <translation>Hỗ trợ hằng ngày</translation>
    </message>
    <message>
        <source>Money and benefits</source>
        <translation>Tiền bạc và trợ cấp</translation>
    </message>
    <message>
        <source>Help with money, a bank account, benefits or debts.</source>
        <translation>Giúp về tiền bạc, tài khoản ngân hàng, trợ cấp hoặc nợ nần.</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Trông trẻ</translation>
    </message>
    <message>
        <source>Care for my children while I do other things.</source>
        <translation>Trông con giúp tôi trong lúc tôi làm việc khác.</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Đi lại</translation>
    </message>
    <message>
        <source>Help with travel to appointments and places I need to go.</source>
        <translation>Giúp tôi đi đến các cuộc hẹn và những nơi tôi cần đến.</translation>
    </message>
    <message>
        <source>Food and clothing</source>
        <translation>Thức ăn và quần áo</translation>
    </message>
    <message>
        <source>Food, clothes and other basic things.</source>
        <translation>Thức ăn, quần áo và những thứ thiết yếu khác.</translation>
    </message>
    <message>
        <source>Work and jobs</source>
        <translation>Việc làm</translation>
    </message>
    <message>
        <source>Finding work, training for a job, or knowing my rights at work.</source>
        <translation>Tìm việc, học nghề, hoặc hiểu quyền lợi của tôi khi đi làm.</translation>
    </message>
    <message>
        <source>Learning and work</source>
        <translation>Học tập và việc làm</translation>
    </message>
    <message>
        <source>Learning and school</source>
        <translation>Học tập và trường lớp</translation>
    </message>
    <message>
        <source>Classes, school, language courses or study.</source>
        <translation>Lớp học, trường học, khóa học tiếng hoặc việc học.</translation>
    </message>
    <message>
        <source>Peer support and mentoring</source>
        <translation>Hỗ trợ từ người cùng cảnh ngộ và người hướng dẫn</translation>
    </message>
    <message>
        <source>Meeting people with similar experiences who can walk beside me.</source>
        <translation>Gặp những người có trải nghiệm giống tôi, có thể đồng hành cùng tôi.</translation>
    </message>
    <message>
        <source>People around me</source>
        <translation>Những người quanh tôi</translation>
    </message>
    <message>
        <source>Family and reunification</source>
        <translation>Gia đình và đoàn tụ</translation>
    </message>
    <message>
        <source>Staying in touch with, or reuniting with, my family.</source>
        <translation>Giữ liên lạc hoặc đoàn tụ với gia đình tôi.</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Do tôi tự thêm</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>My choice</source>
        <translation>Lựa chọn của tôi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nơi hỗ trợ</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>My services</source>
        <translation>Dịch vụ của tôi</translation>
    </message>
    <message>
        <source>Say what you want, what you use, and what is not for you. You never have to give a reason.</source>
        <translation>Cho biết bạn muốn gì, đang dùng gì, và điều gì không hợp với bạn. Bạn không bao giờ cần đưa ra lý do.</translation>
    </message>
    <message>
        <source>Add my own kind of service</source>
        <translation>Thêm loại dịch vụ của riêng tôi</translation>
    </message>
    <message>
        <source>Kinds of services</source>
        <translation>Các loại dịch vụ</translation>
    </message>
    <message>
        <source>Your own kind of service</source>
        <translation>Loại dịch vụ của riêng bạn</translation>
    </message>
    <message>
        <source>What kind of service? For example: sewing group</source>
        <translation>Loại dịch vụ nào? Ví dụ: nhóm học may</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>What you typed to change your passphrase was not kept: a passphrase is never saved anywhere. Please type it again.</source>
        <translation>Những gì bạn gõ để đổi cụm mật khẩu chưa được giữ lại: cụm mật khẩu không bao giờ được lưu ở bất cứ đâu. Vui lòng gõ lại.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Nothing leaves your vault unless you make a packet. You choose what goes in, for whom, and until when.</source>
        <translation>Không có gì ra khỏi két sắt nếu bạn không tạo gói chia sẻ. Bạn chọn cho gì vào gói, gửi cho ai và đến khi nào.</translation>
    </message>
    <message>
        <source>Make a share packet…</source>
        <translation>Tạo gói chia sẻ…</translation>
    </message>
    <message>
        <source>What each person may see</source>
        <translation>Những gì mỗi người được xem</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation>Người hoặc tổ chức</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Được xem</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Set what they may see…</source>
        <translation>Chọn những gì họ được xem…</translation>
    </message>
    <message>
        <source>Remove permission</source>
        <translation>Bỏ quyền xem</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Lịch sử chia sẻ</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Rút lại sự đồng ý…</translation>
    </message>
    <message>
        <source>A full bar: they may still use it. An empty bar: it has ended. A cross: you withdrew your consent. The dashed line is today.</source>
        <translation>Thanh đầy: họ vẫn được dùng gói. Thanh rỗng: đã kết thúc. Dấu chéo: bạn đã rút lại sự đồng ý. Đường nét đứt là hôm nay.</translation>
    </message>
    <message>
        <source>Nothing has left your vault. When you make a packet, it is written here: for whom, what, and until when.</source>
        <translation>Chưa có gì ra khỏi két sắt. Khi bạn tạo gói chia sẻ, gói sẽ được ghi lại ở đây: cho ai, gồm những gì, và đến khi nào.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Không có gì</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Trước hết, hãy chọn một người trong danh sách.</translation>
    </message>
    <message>
        <source>They may see nothing now.</source>
        <translation>Hiện họ không được xem gì.</translation>
    </message>
    <message>
        <source>Choose a packet in the history first.</source>
        <translation>Trước hết, hãy chọn một gói trong lịch sử.</translation>
    </message>
    <message>
        <source>You already withdrew your consent for this packet.</source>
        <translation>Bạn đã rút lại sự đồng ý cho gói này rồi.</translation>
    </message>
    <message>
        <source>Withdraw consent for %1…</source>
        <translation>Rút lại sự đồng ý cho %1…</translation>
    </message>
    <message>
        <source>First add the person or agency in "People &amp; agencies", or in the first step of the packet.</source>
        <translation>Trước hết, hãy thêm người hoặc tổ chức ở mục “Người và tổ chức”, hoặc ở bước đầu tiên khi tạo gói.</translation>
    </message>
    <message>
        <source>Your packet is saved and written in your sharing history.</source>
        <translation>Gói chia sẻ đã được lưu và ghi vào lịch sử chia sẻ.</translation>
    </message>
    <message>
        <source>A packet for “%1” you had not finished</source>
        <translation>Gói cho “%1” mà bạn chưa làm xong</translation>
    </message>
    <message>
        <source>A packet you had not finished</source>
        <translation>Gói bạn chưa làm xong</translation>
    </message>
    <message>
        <source>What “%1” may see: changes not saved yet</source>
        <translation>Những gì “%1” được xem: có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Saved. This shares nothing by itself.</source>
        <translation>Đã lưu. Việc này tự nó không chia sẻ gì cả.</translation>
    </message>
    <message>
        <source>Permission removed. Packets you already made are still in your history, where you can withdraw consent for each.</source>
        <translation>Đã bỏ quyền xem. Các gói bạn đã tạo vẫn còn trong lịch sử, tại đó bạn có thể rút lại sự đồng ý cho từng gói.</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Rút lại sự đồng ý?</translation>
    </message>
    <message>
        <source>Withdraw your consent for this packet to %1? It will be marked in your history, and you can save a short notice to send them, asking them to delete it. The notice holds none of your information.</source>
        <translation>Rút lại sự đồng ý cho gói bạn đã tạo cho %1? Việc này sẽ được ghi trong lịch sử, và bạn có thể lưu một thư báo ngắn để gửi cho họ, đề nghị họ xóa gói đi. Thư báo không chứa thông tin nào của bạn.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Consent withdrawn. Making the notice…</source>
        <translation>Đã rút lại sự đồng ý. Đang tạo thư báo…</translation>
    </message>
    <message>
        <source>withdrawal-%1.pdf</source>
        <translation>rút-lại-đồng-ý-%1.pdf</translation>
    </message>
    <message>
        <source>Save the withdrawal notice</source>
        <translation>Lưu thư báo rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent withdrawn. You chose not to save a notice.</source>
        <translation>Đã rút lại sự đồng ý. Bạn đã chọn không lưu thư báo.</translation>
    </message>
    <message>
        <source>Consent withdrawn. Notice saved: %1. Send it to them the way you choose.</source>
        <translation>Đã rút lại sự đồng ý. Đã lưu thư báo: %1. Hãy gửi cho họ theo cách bạn chọn.</translation>
    </message>
</context>
<context>
    <name>SharingTimelineView</name>
    <message>
        <source>Timeline of what you shared</source>
        <translation>Dòng thời gian những gì bạn đã chia sẻ</translation>
    </message>
    <message>
        <source>%1: from %2, withdrawn %3</source>
        <translation>%1: từ %2, đã rút lại ngày %3</translation>
    </message>
    <message>
        <source>%1: from %2, ended %3</source>
        <translation>%1: từ %2, đã kết thúc ngày %3</translation>
    </message>
    <message>
        <source>%1: from %2, no end date</source>
        <translation>%1: từ %2, không có ngày kết thúc</translation>
    </message>
    <message>
        <source>%1: from %2 until %3</source>
        <translation>%1: từ %2 đến %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>SomeoneMayKnowDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Có thể ai đó đã biết cụm mật khẩu của tôi</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The app then locks your whole vault with a new key: the old passphrase will not open anything you write from now on, even with a copy of the vault's files someone may have kept.</source>
        <translation>Hãy chọn cụm mật khẩu mới. Sau đó ứng dụng sẽ khóa toàn bộ két sắt bằng một khóa mã hóa mới: cụm mật khẩu cũ sẽ không mở được bất cứ điều gì bạn viết từ giờ trở đi, kể cả khi ai đó đã giữ một bản sao các tệp của két sắt.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Gõ lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Changing your passphrase and key</source>
        <translation>Đang đổi cụm mật khẩu và khóa mã hóa</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Đổi cụm mật khẩu và khóa mã hóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Changing your passphrase and key. This takes a moment; please wait.</source>
        <translation>Đang đổi cụm mật khẩu và khóa mã hóa. Việc này mất một lúc; vui lòng chờ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Done. Only your new passphrase opens the vault now.</source>
        <translation>Xong. Giờ chỉ cụm mật khẩu mới mở được két sắt.</translation>
    </message>
    <message>
        <source>If they may also have seen your recovery key, make a new one in Settings.</source>
        <translation>Nếu người đó cũng có thể đã thấy chìa khóa dự phòng của bạn, hãy tạo chìa khóa mới trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Please type your passphrases again.</source>
        <translation>Vui lòng gõ lại các cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1 trên %2</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Bước mới</translation>
    </message>
    <message>
        <source>A small next step</source>
        <translation>Một bước nhỏ tiếp theo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Bỏ bước này</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Easy to guess. A few words together are easier to remember and much harder to guess.</source>
        <translation>Dễ đoán. Vài từ ghép lại với nhau thì dễ nhớ hơn và khó đoán hơn nhiều.</translation>
    </message>
    <message>
        <source>Getting there. One or two more words would make it much stronger.</source>
        <translation>Sắp được rồi. Thêm một hai từ nữa thì cụm mật khẩu sẽ mạnh hơn nhiều.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it.</source>
        <translation>Mạnh. Hãy chắc là bạn nhớ được.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Chào mừng bạn trở lại</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Cụm mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <source>I forgot my passphrase…</source>
        <translation>Tôi quên cụm mật khẩu…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your notes.</source>
        <translation>Gõ cụm mật khẩu để mở ghi chú của bạn.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>Open a file someone gave me…</source>
        <translation>Mở tệp ai đó đưa cho tôi…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Gõ cụm mật khẩu để mở két sắt của bạn.</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Mở két sắt của tôi</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Đang mở két sắt của bạn</translation>
    </message>
    <message>
        <source>Open a share packet someone gave me…</source>
        <translation>Mở gói chia sẻ ai đó đưa cho tôi…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Vui lòng gõ cụm mật khẩu.</translation>
    </message>
    <message>
        <source>This vault is already open in another window. Please close it there first, then try again here.</source>
        <translation>Két sắt này đang mở ở một cửa sổ khác. Vui lòng đóng ở đó trước, rồi thử lại ở đây.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. To keep your vault safe, you can try again in a few seconds. Seconds left: %1</source>
        <translation>Cụm mật khẩu đó không mở được két sắt. Để giữ an toàn cho két sắt, bạn có thể thử lại sau vài giây. Số giây còn lại: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Giờ bạn có thể thử lại.</translation>
    </message>
</context>
<context>
    <name>UnsavedStrip</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Throw away what you wrote?</source>
        <translation>Bỏ những gì bạn đã viết?</translation>
    </message>
    <message>
        <source>Throw away what you wrote and did not save? This cannot be undone.</source>
        <translation>Bỏ những gì bạn đã viết mà chưa lưu? Sau đó không thể lấy lại được.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>VaultArea</name>
    <message>
        <source>Parts of my vault</source>
        <translation>Các phần trong két sắt của tôi</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Kế hoạch của tôi</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mục tiêu của tôi</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Dịch vụ của tôi</translation>
    </message>
    <message>
        <source>My papers</source>
        <translation>Giấy tờ của tôi</translation>
    </message>
    <message>
        <source>My dates</source>
        <translation>Ngày cần nhớ</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Về tôi</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Người và tổ chức</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Something to know</source>
        <translation>Điều cần biết</translation>
    </message>
    <message>
        <source>It has been a while since your last backup. A backup keeps your plan safe if this computer is lost or broken.</source>
        <translation>Đã lâu rồi bạn chưa tạo bản sao lưu. Bản sao lưu giữ an toàn cho kế hoạch của bạn nếu máy tính này bị mất hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Tạo bản sao lưu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Since you last opened it: one try with a wrong passphrase (%1).</source>
        <translation>Từ lần bạn mở két sắt gần nhất: có một lần thử với cụm mật khẩu sai (%1).</translation>
    </message>
    <message>
        <source>Since you last opened it: %1 tries with a wrong passphrase (%2).</source>
        <translation>Từ lần bạn mở két sắt gần nhất: có %1 lần thử với cụm mật khẩu sai (%2).</translation>
    </message>
    <message>
        <source>What you had not saved yet is kept. It is where you left it.</source>
        <translation>Những gì bạn chưa lưu vẫn được giữ lại, ở đúng chỗ bạn để.</translation>
    </message>
</context>
<context>
    <name>_VaultDialog</name>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>