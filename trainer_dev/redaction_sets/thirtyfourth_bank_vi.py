"""Vietnamese phrase bank (công trường usage, Hà Nội and Sài Gòn) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Chào cả nhà, cập nhật nhanh từ công trường.
        Trước khi đổ bê tông, lưu ý mấy việc.
        Các anh em ơi, tình hình hôm nay như sau.
        Gửi ca đêm để nắm.
        Chào buổi chiều, xin lỗi vì báo trễ.
        Nhắn nhanh từ lán trại.
        Sau buổi nghiệm thu với tư vấn giám sát:
        Chào mọi người, có vài điểm.
        Giàn giáo cuối cùng cũng được nghiệm thu rồi.
        Tiếp theo cuộc họp phối hợp hôm qua.
        Vừa đi kiểm tra về.
        Chào các bạn, tiến độ của nhà thầu phụ lại đổi.
        Lời nhắn từ chỉ huy trưởng.
        Danh sách lỗi cần sửa, đợt hai.
        Trời đẹp nên tiến độ khá tốt.
        Ai đang thi công ở khu phía đông đọc nhé.
        Chào buổi tối, ghi lại kẻo quên.
        Thứ sáu rồi, tổng kết tuần.
        Như đã nói qua điện thoại, chi tiết bên dưới.
        Xin lỗi nhắn lại lần nữa.
        Hôm nay xây tường đẹp lắm, cảm ơn anh em.
        Đăng lại vì chưa ai xem.
        Trước tiên là an toàn lao động.
        Thông báo từ ban chỉ huy công trường.
        Có chút thay đổi cho ngày kia.
        Bộ phận điều phối gửi thông tin ca sửa chữa.
        Phản hồi yêu cầu bảo trì của quý khách.
    """),
    "FILL": _l("""
        Tổ thạch cao cần tầng hai trống trước buổi trưa.
        Xe bồn đã đặt nhưng xe bơm chưa xác nhận.
        Nghiệm thu cốt thép đạt, có hai góp ý nhỏ.
        Nhớ đóng cổng, lại có trẻ con đi lạc vào.
        Cẩu hàng sẽ hoãn nếu gió vẫn mạnh.
        Qua hàng rào là bắt buộc đội nón bảo hộ và áo phản quang.
        Nhà vệ sinh di động giờ được hút vào thứ ba.
        Vách thạch cao ở căn số bốn bị lệch, cần chỉnh lại.
        Phần điện âm tường tầng trệt đã xong.
        Cửa sổ bên nhà cung cấp vẫn chưa giao.
        Đội lợp mái bắt đầu sáng thứ năm nếu sàn khô.
        Thùng rác xây dựng đầy rồi, đang gọi xe khác.
        Ai đó để máy trộn chạy suốt đêm.
        Việc đấu nối cấp nước dự kiến cuối tuần.
        Tự mang dây đai an toàn, đồ thuê đã hết.
        Máy xúc bị rò dầu thủy lực, đừng sử dụng.
        Thợ điều hòa cần lối lên áp mái.
        Tư vấn muốn xem phần chống cháy trước khi bịt lại.
        Lô gạch ốp lát giao tới có hai thùng bị vỡ.
        Thử áp đường ống nước giữ ổn qua đêm.
        Công trường lầy lội, chỉ mang ủng.
        Máy phát điện cần đổ dầu trước khi hết ca.
        Sự cố suýt xảy ra cũng phải báo, dù nhỏ.
        Thẻ giàn giáo được kiểm tra mỗi sáng.
        Cúp điện nên mất nửa ngày.
        Chủ đầu tư đi kiểm tra, kết quả tốt hơn dự kiến.
        Tổ sơn tuần này làm ở cầu thang bộ.
        Giữ khu tập kết vật tư gọn gàng.
        Danh sách lỗi ngắn lại nhưng chưa hết.
        Màu keo chà ron đã được duyệt trên mẫu.
        Không ai được leo cẩu tháp khi chưa được phép.
        Bông cách nhiệt xếp dưới bạt phía bắc.
        Hố đào phải chống vách trước khi xuống.
        Đợt kiểm tra vừa rồi lại nhắc chuyện vệ sinh công trường.
        Từ giờ xe giao vật tư chỉ đi cổng sau.
        Bình ắc quy xe nâng đang sạc trong container.
        Ron silicon bên ngoài đi không đều.
        Bình chữa cháy đã kiểm tra và dán nhãn.
        Thợ điện đang chờ điện lực lắp công tơ.
        Cần thêm một pallet gạch cho tường rào.
        Thay bình nóng lạnh xong, khách rất hài lòng.
        Ống thoát nước mưa đã lắp, máng xối cần chỉnh.
        Mưa lớn nên đổ móng phải dời lại.
        Phụ lục điều chỉnh đang chờ kiến trúc sư.
        Cọc mốc trắc đạc gần cổng bị xe cán đổ.
        Cơm trưa tới khoảng mười một giờ rưỡi.
        Buổi huấn luyện tuần này về làm việc trên cao.
    """),
    "CLOSE": _l("""
        Cảm ơn.
        Cảm ơn cả nhà.
        Có gì chưa rõ cứ hỏi.
        Giữ an toàn nhé.
        Sáng thứ năm nói tiếp.
        Cảm ơn anh em.
        Phản hồi giúp trước cuối ngày.
        Gặp ở cổng.
        Tạm thời vậy đã.
        Trả lời ở đây, đừng nhắn tin riêng nhé.
        Hôm nay làm tốt lắm.
        Chào nhé.
        Có thắc mắc gọi văn phòng.
        Cảm ơn đã kiên nhẫn.
        Chiều cập nhật tiếp.
        Trân trọng.
        Tiếp tục gửi ảnh nhé.
        Ok, cảm ơn.
        Về nhà an toàn.
        Gặp ở buổi huấn luyện.
        Cần phụ thì gọi to lên.
        Thân chào.
        Xin phép nghỉ hôm nay.
        Thứ hai gặp lại ở công trường.
        Chúc cả nhà buổi tối vui vẻ.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Gửi báo giá đã ký về {x} giúp.
            Hóa đơn gửi về {x}, không gửi ban chỉ huy.
            Liên hệ bộ phận dự toán qua {x}.
            Bản vẽ được gửi từ {x} tối qua.
            Thuê thiết bị thì email {x} trước trưa.
            Nhớ cc {x} mọi việc liên quan danh sách lỗi.
        """),
        "PHONE": _l("""
            Cổng khóa thì gọi chỉ huy trưởng số {x}.
            Trực sự cố ngoài giờ: {x}.
            Đặt cẩu thì gọi {x}.
            Số của thợ ốp lát là {x}.
            Cần sửa chữa thì nhắn {x} kèm địa chỉ.
            Điều phối nghe máy ở số {x}.
        """),
        "URL": _l("""
            Ảnh đã tải lên {x}.
            Đăng ký học an toàn đầu vào tại {x}.
            Catalogue kỹ thuật để ở {x}.
            Hồ sơ năng lực của công ty ở {x} nếu chủ nhà hỏi.
            Điền nhật ký hằng ngày trên {x}.
            Bảng giá cho thuê xem ở {x}.
        """),
        "IP": _l("""
            Camera công trường phát từ {x}.
            Bộ điều khiển cổng ở {x}, đừng đổi.
            Máy tính bảng đồng bộ với {x} khi bắt wifi lán trại.
            Máy in trong lán là {x}.
            Truy cập từ xa tủ điều khiển bơm: {x}.
            Ai đó đăng nhập chấm công từ {x}.
        """),
        "CARD": _l("""
            Tiền cọc thuê máy quẹt thẻ {x}.
            Thẻ xăng dầu là {x}, giữ hóa đơn lại.
            Mua đồ ở cửa hàng vật tư dùng thẻ {x}.
            Khách trả phí đi lại bằng thẻ {x}.
            Thẻ công ty cho đơn vật tư: {x}.
            Thẻ {x} bị trừ tiền hai lần, hủy giúp một lần.
        """),
        "IBAN": _l("""
            Chuyển tiền bảo lãnh vào {x}.
            Tài khoản nhà thầu phụ để thanh toán đợt này: {x}.
            Tiền tạm ứng chuyển vào {x}.
            Tài khoản cho hóa đơn thuê máy: {x}.
            Tiền hoàn lại chuyển về {x}.
            Tài khoản mới để trả lương: {x}.
        """),
        "ID": _l("""
            Để làm bảng lương cần {x}.
            Số của anh ấy cho tờ khai thuế: {x}.
            Hồ sơ tuyển dụng ghi {x}.
            Số giấy tờ của thợ khoán: {x}.
            Điền {x} vào hồ sơ nhà thầu phụ.
            Bên bảo hiểm yêu cầu {x}.
        """),
        "PERSON": _l("""
            {x} đã nghiệm thu cốp pha sáng nay.
            Đã trao đổi với {x} về thoát nước.
            Chủ nhà là {x}, muốn xong bếp trước.
            {x} bên nhà thầu điện sáng thứ năm qua công trường.
            Người kiểm tra hôm nay là {x}.
            Hỏi {x} về bảng thống kê thép.
        """),
        "MEMBER": _l("""
            {x} giữ chìa khóa container.
            Cảm ơn {x} đã trực cuối tuần.
            {x} phụ trách buổi huấn luyện an toàn.
            Trước khi dời giàn giáo hỏi {x}.
            {x} phát hiện thiếu bu lông neo, tốt lắm.
            {x} ra cổng đón xe bồn.
        """),
        "ADDRESS": _l("""
            Công trình tiếp theo ở {x}.
            Giao gạch tới {x}.
            Địa chỉ sửa chữa: {x}.
            Đặt thùng rác xây dựng tại {x}.
            Buổi nghiệm thu ở {x}.
            Nhà của khách: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Nhà cung cấp đã xác nhận đơn {x}.
            Đơn đặt vật tư {x} đã duyệt.
            Mã tham chiếu {x} cho lô gỗ.
        """),
        "invoice": _l("""
            Hóa đơn {x} vẫn chưa thanh toán.
            Hóa đơn {x} có vấn đề, số công không khớp.
            Đã nhận giấy báo có cho hóa đơn {x}.
        """),
        "price": _l("""
            Báo giá trọn gói là {x}.
            Thuê máy {x} một tuần.
            Tổng vật tư: {x}.
        """),
        "date": _l("""
            Bàn giao dự kiến ngày {x}.
            Đổ bê tông dời sang {x}.
            Có thể nghiệm thu từ {x}.
        """),
        "time": _l("""
            Cổng mở lúc {x}.
            Xe tới khoảng {x}.
            Huấn luyện bắt đầu đúng {x}.
        """),
        "version": _l("""
            Bản vẽ giờ là bản {x}.
            Ứng dụng trên máy tính bảng đã lên {x}.
            Firmware {x} đã sửa lỗi lệch máy cân bằng laser.
        """),
        "isbn": _l("""
            Quy chuẩn đang dùng là sách ISBN {x}.
            Đặt mua giáo trình đào tạo, ISBN {x}.
            Sổ tay tra cứu trên kệ: ISBN {x}.
        """),
        "measure": _l("""
            Cắt xà gồ dài {x}.
            Sàn rộng khoảng {x}.
            Khoảng trống dưới dầm là {x}.
        """),
        "percent": _l("""
            Phần thô đạt khoảng {x}.
            Giữ lại bảo hành {x} mỗi đợt thanh toán.
            Độ ẩm đo sáng nay: {x}.
        """),
        "orgreg": _l("""
            Mã số doanh nghiệp trong hồ sơ thầu: {x}.
            Nhà thầu phụ đăng ký với {x}.
            Ghi {x} ở chân trang báo giá.
        """),
        "permit": _l("""
            Giấy phép xây dựng số {x} treo ở cổng.
            Giấy phép {x} bao gồm cả phần cơi nới.
            Giấy phép {x} phải gia hạn trước khi lợp mái.
        """),
        "ticket": _l("""
            Yêu cầu bảo hành có mã {x}.
            Bên cho thuê ghi nhận là {x}.
            Phiếu dịch vụ {x} đã đóng.
        """),
        "tracking": _l("""
            Phụ tùng đã gửi, mã vận đơn {x}.
            Gạch mẫu gửi qua bưu điện, {x}.
            Thư bảo đảm số {x}.
        """),
        "spec": _l("""
            Hồ sơ thiết kế yêu cầu {x} ở tầng trệt.
            Dùng {x} cho toàn bộ phòng kỹ thuật.
            Kỹ sư kết cấu đã đổi sang {x}.
        """),
        "eponym": _l("""
            Lấy giúp cái {x} ở xe.
            Buổi họp có nhắc tới {x}.
            Mang theo bộ {x}, loại nhỏ.
        """),
        "nameword": _l("""
            Cẩn thận chữ {x} trên bảng vẽ.
            Ghi chú {x} trong sổ đã xử lý.
            Chú ý mục {x} ở bảng khối lượng.
        """),
    },
    "LABEL": {
        "EMAIL": ["Email", "Thư điện tử", "Liên hệ"],
        "PHONE": ["Điện thoại", "Di động", "ĐT"],
        "URL": ["Website", "Cổng thông tin", "Đường dẫn"],
        "IP": ["IP", "Địa chỉ thiết bị", "Máy chủ"],
        "CARD": ["Thẻ", "Thẻ tín dụng", "Số thẻ"],
        "IBAN": ["IBAN", "Tài khoản ngân hàng", "Người thụ hưởng"],
        "ID": ["Số giấy tờ", "Số định danh", "Mã cá nhân"],
        "PERSON": ["Chủ nhà", "Người liên hệ", "Giám sát"],
        "MEMBER": ["Người phụ trách", "Tổ trưởng", "Kỹ thuật"],
        "ADDRESS": ["Địa chỉ công trình", "Nơi thi công", "Địa chỉ"],
    },
    "HEAD": {
        "diary": [
            "NHẬT KÝ THI CÔNG",
            "Báo cáo ngày",
            "Ghi chép công trường",
            "Biên bản hiện trường",
        ],
        "workorder": ["PHIẾU CÔNG VIỆC", "Phiếu sửa chữa", "Lệnh điều động", "Yêu cầu bảo trì"],
        "quote": ["BÁO GIÁ", "Dự toán", "Đề nghị báo giá", "Tóm tắt chi phí"],
        "crewchat": ["Nhóm công trường", "Nhóm tổ đội", "Luồng trao đổi", "Nhóm nhà thầu phụ"],
        "jobboard": [
            "TUYỂN GẤP: thợ xây",
            "Bảng tin việc làm",
            "Cần tuyển thợ",
            "Có việc làm ngay",
        ],
        "signature": ["Quản lý dự án", "Chỉ huy trưởng", "Điều phối dịch vụ", "Phòng dự toán"],
    },
}
