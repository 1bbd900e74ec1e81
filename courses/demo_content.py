"""Nội dung khóa học “Kỹ năng phát ngôn và cung cấp thông tin cho báo chí”.

Bản thảo nội dung giảng dạy (tiếng Việt) cho nền tảng tập huấn cán bộ tỉnh Lạng Sơn.
Kế thừa các chủ đề của Hội nghị trực tuyến tập huấn công tác thông tin đối ngoại năm
2019 (ngày 17/10/2019), cập nhật theo pháp luật và bộ máy hiện hành (rà soát 30/11/2026):
chính quyền hai cấp từ 01/7/2025 (Lạng Sơn có 65 xã, phường), Sở Thông tin và Truyền thông
hợp nhất vào Sở Khoa học và Công nghệ từ 01/3/2025, Luật Báo chí 2025 và Luật An ninh mạng
2025 có hiệu lực từ 01/7/2026. Nơi nào nhắc tên cơ quan đã không còn thì đó là khi kể lại
Hội nghị năm 2019 và có ghi rõ như vậy.

Tệp này không phụ thuộc Django; định nghĩa các hằng dữ liệu COURSE, MODULES và
LEGAL_TEXTS (câu hỏi kiểm tra nằm ở ứng dụng assessments). Mỗi chuyên đề mang danh sách
căn cứ pháp lý (``legal_bases``) và ngày rà soát (``last_reviewed``).
Mọi tình huống trong tệp đều là tình huống giả định dùng cho mục đích giảng dạy.
"""

#: Ngày giảng viên rà soát nội dung lần gần nhất (ISO).
LAST_REVIEWED = "2026-11-30"

#: Văn bản pháp luật được dẫn, với ngày ban hành và thời gian hiệu lực đã đối chiếu.
#: ``effective_until`` để trống khi văn bản còn hiệu lực và chưa biết thời điểm hết hiệu lực.
LEGAL_TEXTS = {
    "luat-bao-chi-2025": {
        "title": "Luật Báo chí",
        "number": "126/2025/QH15",
        "issued_on": "2025-12-10",
        "effective_from": "2026-07-01",
        "effective_until": None,
        "note": "Thay thế Luật Báo chí 2016 (103/2016/QH13) từ ngày 01/7/2026.",
    },
    "nd-09-2017": {
        "title": (
            "Nghị định quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí "
            "của các cơ quan hành chính nhà nước"
        ),
        "number": "09/2017/NĐ-CP",
        "issued_on": "2017-02-09",
        "effective_from": "2017-03-30",
        "effective_until": None,
        "note": (
            "Ban hành để quy định chi tiết Luật Báo chí 2016; trước mỗi khóa, kiểm tra "
            "văn bản quy định chi tiết Luật Báo chí 2025 đã thay thế hay chưa."
        ),
    },
    "luat-tiep-can-thong-tin": {
        "title": "Luật Tiếp cận thông tin",
        "number": "104/2016/QH13",
        "issued_on": "2016-04-06",
        "effective_from": "2018-07-01",
        "effective_until": None,
        "note": "",
    },
    "luat-an-ninh-mang-2025": {
        "title": "Luật An ninh mạng",
        "number": "116/2025/QH15",
        "issued_on": "2025-12-10",
        "effective_from": "2026-07-01",
        "effective_until": None,
        "note": (
            "Thay thế Luật An ninh mạng 2018 và hợp nhất các quy định còn phù hợp của "
            "Luật An toàn thông tin mạng 2015."
        ),
    },
    "nd-72-2015": {
        "title": "Nghị định về quản lý hoạt động thông tin đối ngoại",
        "number": "72/2015/NĐ-CP",
        "issued_on": "2015-09-07",
        "effective_from": None,
        "effective_until": None,
        "note": (
            "Ngày có hiệu lực và các văn bản sửa đổi (nếu có) chưa được đối chiếu: "
            "kiểm tra trên Cơ sở dữ liệu quốc gia về văn bản pháp luật."
        ),
    },
    "nd-43-2025": {
        "title": (
            "Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ "
            "Văn hóa, Thể thao và Du lịch"
        ),
        "number": "43/2025/NĐ-CP",
        "issued_on": "2025-02-28",
        "effective_from": "2025-03-01",
        "effective_until": None,
        "note": (
            "Bộ Văn hóa, Thể thao và Du lịch quản lý nhà nước về báo chí, thông tin điện "
            "tử, thông tin cơ sở và thông tin đối ngoại."
        ),
    },
}


def legal_bases(*keys: str) -> list[dict]:
    """The StreamField value for a module's legal bases, from ``LEGAL_TEXTS``."""
    return [
        {
            "type": "legal_basis",
            "value": {k: v for k, v in LEGAL_TEXTS[key].items() if v is not None},
        }
        for key in keys
    ]


COURSE = {
    "title": "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
    "slug": "ky-nang-phat-ngon",
    "intro": (
        "<p>Khóa học dành cho người phát ngôn của các sở, ban, ngành và lãnh đạo, Chánh Văn phòng Hội "
        "đồng nhân dân và Ủy ban nhân dân các xã, phường của tỉnh Lạng Sơn. Khóa học kế thừa các chủ đề "
        "của <strong>Hội nghị trực tuyến tập huấn công tác thông tin đối ngoại năm 2019</strong> (ngày "
        "17/10/2019, do Sở Thông tin và Truyền thông khi đó tổ chức) và được cập nhật theo pháp luật, bộ "
        "máy hiện hành:</p>"
        "<ul>"
        "<li>từ 01/3/2025, Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ; quản lý "
        "nhà nước về báo chí và thông tin đối ngoại ở trung ương thuộc Bộ Văn hóa, Thể thao và Du lịch "
        "(Nghị định 43/2025/NĐ-CP);</li>"
        "<li>từ 01/7/2025, chính quyền địa phương tổ chức ở hai cấp; cấp huyện không còn; Lạng Sơn có 65 "
        "đơn vị hành chính cấp xã (61 xã, 4 phường);</li>"
        "<li>từ 01/7/2026, Luật Báo chí 2025 (Luật số 126/2025/QH15) và Luật An ninh mạng 2025 (Luật số "
        "116/2025/QH15) có hiệu lực.</li>"
        "</ul>"
        "<p>Tại Hội nghị năm 2019, Sở khi đó cho biết mỗi ngày có khoảng 10 bài báo trung ương viết về "
        "Lạng Sơn, thông tin “trái chiều” chiếm trên 20%, có thời điểm trên 50%; đó là số liệu năm 2019, "
        "được nêu để minh họa. Ở tỉnh biên giới, phát ngôn đúng, kịp thời, nhất quán là trách nhiệm của "
        "mỗi cơ quan. Khóa học gồm năm chuyên đề:</p>"
        "<ul>"
        "<li>kỹ năng phát ngôn trong cơ quan hành chính nhà nước;</li>"
        "<li>giao tiếp và trả lời phỏng vấn báo chí;</li>"
        "<li>xử lý khủng hoảng truyền thông;</li>"
        "<li>thông tin đối ngoại của báo chí địa phương;</li>"
        "<li>tổ chức họp báo và chế độ phát ngôn định kỳ, đột xuất.</li>"
        "</ul>"
        "<p><em>Mỗi chuyên đề ghi căn cứ pháp lý (số hiệu, ngày ban hành, ngày hiệu lực) và ngày rà soát "
        "gần nhất; các tình huống là giả định.</em></p>"
    ),
    "objectives": [
        "Nắm vững cơ sở pháp lý hiện hành của việc phát ngôn và cung cấp thông tin cho báo chí: Luật Báo chí 2025 (Luật số 126/2025/QH15, hiệu lực từ 01/7/2026), Nghị định 09/2017/NĐ-CP, Luật Tiếp cận thông tin 2016.",
        "Xác định đúng thẩm quyền phát ngôn, các hình thức phát ngôn và những trường hợp được từ chối cung cấp thông tin cho báo chí.",
        "Chuẩn bị và trình bày phát ngôn, trả lời phỏng vấn ngắn gọn, chính xác, xoay quanh các thông điệp chính.",
        "Nhận diện sớm, xây dựng kịch bản và phối hợp xử lý khủng hoảng truyền thông, kể cả thông tin sai sự thật trên mạng xã hội.",
        "Vận dụng nghiệp vụ thông tin đối ngoại để quảng bá hình ảnh Lạng Sơn – tỉnh biên giới, cửa ngõ giao thương – chủ động và đúng quy định.",
        "Tổ chức được một cuộc họp báo và xử lý câu hỏi nhiều vế.",
        "Lập được kế hoạch cải thiện công tác phát ngôn, cung cấp thông tin của cơ quan, đơn vị mình.",
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 1
# ---------------------------------------------------------------------------

MODULE_1 = {
    "title": "Kỹ năng phát ngôn của người phát ngôn trong cơ quan hành chính nhà nước",
    "slug": "ky-nang-phat-ngon-co-quan-hanh-chinh",
    "legal_bases": legal_bases(
        "luat-bao-chi-2025", "nd-09-2017", "luat-tiep-can-thong-tin"
    ),
    "last_reviewed": LAST_REVIEWED,
    "summary": (
        "Chuyên đề giúp người phát ngôn nắm rõ trách nhiệm, thẩm quyền, cơ sở pháp lý của việc phát ngôn "
        "và rèn kỹ năng chuẩn bị một phát ngôn đúng, kịp thời, thuyết phục."
    ),
    "body": [
        {
            "type": "heading",
            "value": {
                "text": "1. Phát ngôn là trách nhiệm, không phải lựa chọn",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Tại Hội nghị tập huấn năm 2019, Sở Thông tin và Truyền thông khi đó cho biết mỗi ngày có "
                "khoảng 10 bài báo trung ương viết về Lạng Sơn, thông tin “trái chiều” chiếm trên 20%, có thời "
                "điểm trên 50% (số liệu năm 2019). Ở tỉnh biên giới, thông tin về cửa khẩu, an ninh hay quan hệ với nước "
                "láng giềng đều nhạy cảm. Khi cơ quan nhà nước im lặng, khoảng trống thông tin sẽ bị lấp đầy bởi suy đoán và "
                "tin sai sự thật.</p>"
                "<p>Vì vậy, phát ngôn là trách nhiệm pháp lý của cơ quan hành chính nhà nước, không phải việc tùy "
                "hứng của cá nhân.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "2. Cơ sở pháp lý cần nắm vững", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><strong>Luật Báo chí 2025 (Luật số 126/2025/QH15, thông qua ngày 10/12/2025, hiệu lực từ "
                "01/7/2026)</strong> thay thế Luật Báo chí 2016. Luật xác định cơ quan, tổ chức, người có thẩm "
                "quyền vừa có quyền, vừa có nghĩa vụ cung cấp thông tin cho báo chí và chịu trách nhiệm về nội "
                "dung đã cung cấp; các trường hợp được từ chối gồm: thông tin thuộc bí mật nhà nước, bí mật cá "
                "nhân, bí mật gia đình; vụ án đang điều tra hoặc chưa xét xử (trừ khi phục vụ đấu tranh phòng, "
                "chống tội phạm); vụ việc đang thanh tra, giải quyết khiếu nại, tố cáo, tranh chấp khi chưa có "
                "kết luận chính thức và chưa được phép công bố. Khi trích dẫn, hãy ghi điều, khoản theo bản văn "
                "chính thức của Luật mới.</li>"
                "<li><strong>Nghị định số 09/2017/NĐ-CP</strong> (ban hành 09/02/2017, hiệu lực từ 30/3/2017) quy "
                "định người phát ngôn, chế độ phát ngôn định kỳ "
                "và đột xuất, cùng các hình thức: họp báo; đăng trên cổng thông tin điện tử; trả lời phỏng vấn; gửi "
                "thông cáo, văn bản trả lời; trao đổi tại giao ban báo chí; đề nghị đăng phản hồi, cải chính.</li>"
                "<li><strong>Luật Tiếp cận thông tin năm 2016</strong> (Luật số 104/2016/QH13, hiệu lực từ "
                "01/7/2018) bảo đảm quyền tiếp cận thông tin của công dân.</li>"
                "</ul>"
                "<p><em>Nghị định 09/2017/NĐ-CP được ban hành để quy định chi tiết Luật Báo chí 2016, khi còn "
                "cấp huyện. Khi Luật Báo chí 2025 có hiệu lực, hãy kiểm tra văn bản quy định chi tiết hiện hành "
                "trước khi dẫn điều, khoản.</em></p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ai được phát ngôn nhân danh cơ quan?", "level": "h3"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Điều 3 Nghị định 09/2017/NĐ-CP phân biệt theo cấp:</p>"
                "<ul>"
                "<li><strong>Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tổng cục và Ủy ban nhân dân cấp "
                "tỉnh</strong> có ba loại người phát ngôn: người đứng đầu; người được giao phát ngôn thường "
                "xuyên (người phát ngôn); người được người đứng đầu ủy quyền phát ngôn hoặc phối hợp phát ngôn về "
                "vấn đề cụ thể.</li>"
                "<li><strong>Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân cấp xã</strong> không "
                "có danh sách ba loại ấy: người đứng đầu là người phát ngôn (ở xã, phường là Chủ tịch Ủy ban nhân "
                "dân); việc giao cho cấp phó phát ngôn phải theo đúng Điều 3 của Nghị định.</li>"
                "</ul>"
                "<p>Họ tên, chức vụ, thông tin liên hệ của người phát ngôn phải được công bố công khai. Cán bộ "
                "khác có thể cung cấp thông tin theo quy định nhưng <strong>không được nhân danh cơ quan</strong>: "
                "một câu “nói cho nhanh” qua điện thoại rất dễ bị đăng như ý kiến chính thức của xã.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "3. Nguyên tắc và cách chuẩn bị", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ol>"
                "<li><strong>Đúng thẩm quyền:</strong> việc của ngành khác thì hướng dẫn đến đúng đầu mối.</li>"
                "<li><strong>Chính xác:</strong> số liệu có nguồn, không ước đoán.</li>"
                "<li><strong>Kịp thời:</strong> đi sau tin đồn luôn phải trả giá đắt hơn.</li>"
                "<li><strong>Nhất quán:</strong> các cấp, các ngành nói cùng một nội dung.</li>"
                "<li><strong>Trung thực, tôn trọng:</strong> không che giấu, không công kích báo chí.</li>"
                "</ol>"
                "<p>Mỗi phát ngôn nên có <strong>không quá ba thông điệp chính</strong>, kèm dẫn chứng; thống nhất "
                "số liệu với phòng chuyên môn và dự kiến câu hỏi khó. Thay câu chung chung "
                "“đang tích cực triển khai đồng bộ các giải pháp” bằng việc cụ thể: “từ sáng nay, xã bố trí "
                "thêm hai tổ công tác tại bãi xe”.</p>"
            ),
        },
        {
            "type": "key_message",
            "value": {
                "title": "Thông điệp cốt lõi",
                "text": (
                    "Im lặng không làm vấn đề biến mất, mà nhường quyền kể câu chuyện cho người khác. Hãy nói đúng "
                    "thẩm quyền, đúng sự thật, đúng lúc và cùng một tiếng nói."
                ),
            },
        },
        {
            "type": "case_study",
            "value": {
                "title": "Tình huống giả định: Bài báo phản ánh “na Chi Lăng bị ép giá”",
                "situation": (
                    "<p>Một báo điện tử phản ánh thương lái ép giá na ở xã Chi Lăng, kèm nhận định “chính quyền "
                    "làm ngơ”; mạng xã hội lan truyền thêm tin xã “thu phí” người mua na.</p>"
                ),
                "what_happened": (
                    "<p><strong>Chưa tốt:</strong> một cán bộ chuyên môn trả lời qua điện thoại: “giá cả do thị "
                    "trường, xã không can thiệp được”; câu nói được đăng như ý kiến của xã.</p>"
                    "<p><strong>Phù hợp:</strong> Chủ tịch Ủy ban nhân dân xã cho kiểm tra ngay với các thôn và tổ "
                    "quản lý chợ, rồi trả lời bằng văn bản trong ngày: thừa nhận giá giảm vào cao điểm, nêu biện "
                    "pháp hỗ trợ tiêu thụ; về tin “thu phí”, nêu kết quả kiểm tra (xã không ban hành khoản thu "
                    "nào) và đề nghị ai bị thu tiền thì báo ngay qua đường dây nóng để xử lý.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Lời của người không có thẩm quyền dễ bị hiểu là quan điểm chính thức.</li>"
                    "<li>Thừa nhận phần đúng giúp phát ngôn đáng tin hơn.</li>"
                    "<li>Chỉ bác bỏ tin đồn sau khi đã kiểm tra, và nói rõ đã kiểm tra những gì.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "Tự kiểm tra trước khi phát ngôn",
                "items": [
                    "Vấn đề có thuộc thẩm quyền của cơ quan tôi không?",
                    "Tôi đã được giao hoặc ủy quyền phát ngôn chưa?",
                    "Số liệu đã được phòng chuyên môn xác nhận chưa?",
                    "Có thuộc trường hợp được từ chối cung cấp thông tin theo Luật Báo chí hiện hành không?",
                    "Đã có tối đa ba thông điệp chính chưa?",
                ],
            },
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>Báo điện tử đưa tin: “Xe hàng ùn ứ ở cửa khẩu, doanh nghiệp phản ánh bị gây khó dễ”. Là "
                    "Chủ tịch Ủy ban nhân dân một xã biên giới có cửa khẩu, hãy xác định phần thuộc thẩm quyền của "
                    "xã và viết đoạn phát ngôn ngắn.</p>"
                ),
                "model_answer": (
                    "<p><strong>Thẩm quyền:</strong> xã trả lời về trật tự, an toàn giao thông trên địa bàn, hỗ trợ "
                    "lái xe và người dân; số liệu thông quan, thủ tục hải quan và phản ánh “gây khó dễ” trong thủ "
                    "tục thuộc cơ quan hải quan và cơ quan quản lý cửa khẩu: xã không công bố thay, không kết luận "
                    "thay.</p>"
                    "<p><strong>Gợi ý:</strong> “Từ sáng nay, xã bố trí thêm lực lượng hỗ trợ phân luồng, giữ trật "
                    "tự tại khu vực xe chờ và hỗ trợ nước uống, chỗ nghỉ cho lái xe. Về thủ tục và số xe thông quan, "
                    "đề nghị phóng viên liên hệ cơ quan hải quan cửa khẩu, đơn vị công bố số liệu này. Phản ánh của "
                    "doanh nghiệp, xã đã chuyển đến cơ quan có thẩm quyền và sẽ thông tin lại khi có kết quả.”</p>"
                ),
            },
        },
        {
            "type": "quote",
            "value": {
                "text": (
                    "Người phát ngôn phải chịu trách nhiệm trước pháp luật về nội dung phát ngôn và thông tin đã "
                    "cung cấp cho báo chí."
                ),
                "source": "Diễn giải tinh thần Nghị định 09/2017/NĐ-CP",
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 2
# ---------------------------------------------------------------------------

MODULE_2 = {
    "title": "Kỹ năng giao tiếp và trả lời phỏng vấn báo chí",
    "slug": "tra-loi-phong-van-bao-chi",
    "legal_bases": legal_bases("luat-bao-chi-2025", "nd-09-2017"),
    "last_reviewed": LAST_REVIEWED,
    "summary": (
        "Chuyên đề trang bị kỹ năng làm việc với phóng viên trước, trong và sau phỏng vấn, cách xử lý câu "
        "hỏi khó và kỹ thuật đưa cuộc trao đổi về thông điệp chính."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "1. Hiểu báo chí để hợp tác hiệu quả", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Luật Báo chí 2025 (hiệu lực từ 01/7/2026) tiếp tục xác định báo chí là diễn đàn của Nhân "
                "dân. Phóng viên không phải “đối thủ” mà là cầu nối giữa chính quyền với người "
                "dân. Họ làm việc dưới áp lực thời hạn, cần thông tin mới, cụ thể. Khi cơ quan nhà nước né tránh, "
                "họ sẽ tìm nguồn khác: người dân đang bức xúc hoặc mạng xã hội.</p>"
                "<p>Cuộc gọi bất ngờ và phỏng vấn tại hiện trường là hai dạng nhiều rủi ro nhất, vì người trả lời "
                "có rất ít thời gian chuẩn bị.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "2. Trước phỏng vấn: hỏi lại trước khi trả lời",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Hãy làm rõ phóng viên thuộc cơ quan báo chí nào, chủ đề, câu hỏi chính, hình thức (ghi âm, ghi "
                "hình hay phát trực tiếp). Với cuộc gọi bất ngờ, có thể lịch sự hẹn gọi lại sau ít phút để chuẩn "
                "bị và phải giữ đúng hẹn. Chuẩn bị tối đa ba thông điệp kèm số liệu; với truyền hình, mỗi ý nên gói "
                "gọn trong 20–30 giây.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "3. Trong phỏng vấn: những kỹ năng cơ bản",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><strong>Nói điều quan trọng nhất trước</strong>, giải thích sau.</li>"
                "<li><strong>Kỹ thuật cầu nối:</strong> trả lời ngắn gọn, trung thực rồi chuyển về thông điệp chính: "
                "“Điều quan trọng nhất lúc này là…”.</li>"
                "<li><strong>Không suy đoán</strong> trước câu hỏi “nếu… thì…”.</li>"
                "<li><strong>Tránh câu “miễn bình luận” cộc lốc:</strong> nêu lý do chưa thể trả lời và hẹn thời điểm.</li>"
                "<li><strong>Không có chuyện “nói riêng”:</strong> kể cả khi máy ghi âm đã tắt, lời nói vẫn có thể "
                "được đăng.</li>"
                "<li><strong>Không lặp lại từ ngữ tiêu cực</strong> trong câu hỏi, vì dễ thành tít bài.</li>"
                "<li><strong>Ngôn ngữ cơ thể:</strong> bình tĩnh, nhìn người hỏi, không ngắt lời.</li>"
                "</ul>"
            ),
        },
        {"type": "heading", "value": {"text": "Nhận diện câu hỏi khó", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><em>Lựa chọn giả</em> (“Do cán bộ yếu kém hay do buông lỏng quản lý?”): không chọn, nêu nguyên "
                "nhân đã xác định.</li>"
                "<li><em>“Đặt lời vào miệng”</em> (“Vậy có thể nói xã đã làm ngơ?”): diễn đạt lại bằng lời của mình.</li>"
                "<li><em>Hỏi về cơ quan khác:</em> không bình luận thay, hướng dẫn đến đúng đầu mối.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Câu hỏi nhiều vế", "level": "h3"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Phóng viên thường hỏi dồn ba, bốn ý trong một câu. Trả lời lần lượt theo thứ tự phóng viên "
                "đặt ra là để phóng viên dẫn dắt; bỏ sót một vế thì vế đó thành “né tránh”. Cách làm:</p>"
                "<ol>"
                "<li><strong>Ghi lại từng vế</strong> (hoặc nhắc lại ngắn: “Anh hỏi ba ý…”).</li>"
                "<li><strong>Phân loại:</strong> vế thuộc thẩm quyền và đã có số liệu; vế thuộc cơ quan khác; vế "
                "chưa thể trả lời (đang xác minh, đang điều tra, chưa có kết luận).</li>"
                "<li><strong>Bắt đầu bằng vế quan trọng nhất với người dân</strong>, không nhất thiết là vế đầu "
                "tiên.</li>"
                "<li>Với vế thuộc cơ quan khác: nói rõ cơ quan nào trả lời; với vế chưa thể trả lời: nêu lý do và "
                "thời điểm sẽ thông tin.</li>"
                "<li>Kết thúc bằng thông điệp chính, không để câu cuối là “không biết”.</li>"
                "</ol>"
            ),
        },
        {"type": "heading", "value": {"text": "4. Sau phỏng vấn", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Gửi tài liệu đã hứa, theo dõi bài đăng. Nếu có sai lệch, trao đổi với phóng viên, ban biên tập; "
                "khi cần, đề nghị đăng phản hồi, cải chính theo quy định, không gây sức ép ngoài quy định.</p>"
            ),
        },
        {
            "type": "key_message",
            "value": {
                "title": "Trả lời câu hỏi, dẫn dắt bằng thông điệp",
                "text": (
                    "Phóng viên quyết định câu hỏi, người phát ngôn quyết định câu trả lời. Hãy trả lời trung thực, "
                    "ngắn gọn, rồi dùng kỹ thuật cầu nối để nói điều người dân cần biết."
                ),
            },
        },
        {
            "type": "case_study",
            "value": {
                "title": "Tình huống giả định: Phỏng vấn tại bãi xe gần cửa khẩu Tân Thanh",
                "situation": (
                    "<p>Cao điểm mùa trái cây, hàng trăm xe nông sản chờ thông quan ở khu vực cửa khẩu Tân Thanh. "
                    "Phóng viên truyền hình hỏi dồn Chủ tịch Ủy ban nhân dân xã biên giới nơi có bãi xe (câu hỏi "
                    "ba vế): “Có phải cán bộ làm chậm thủ tục? Xã có chịu trách nhiệm không? Bao giờ hết ùn ứ?”</p>"
                ),
                "what_happened": (
                    "<p><strong>Chưa tốt:</strong> tỏ ra khó chịu, nói “việc này không phải của xã”, rồi ước đoán "
                    "“hai, ba hôm nữa là hết”. Ba ngày sau xe vẫn ùn ứ, lời hứa thành chủ đề bài báo tiếp theo.</p>"
                    "<p><strong>Phù hợp:</strong> “Chúng tôi hiểu sự sốt ruột của bà con và lái xe. Trên địa bàn xã, "
                    "từ sáng nay chúng tôi bố trí thêm lực lượng phân luồng, giữ trật tự và hỗ trợ lái xe. Thủ tục "
                    "thông quan và số xe thông quan do cơ quan hải quan cửa khẩu công bố; đề nghị anh liên hệ đơn vị "
                    "này. Mỗi chiều, xã sẽ cập nhật trên trang thông tin của xã những việc xã đã làm.”</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Đồng cảm trước, giải thích sau.</li>"
                    "<li>Không hứa mốc thời gian khi chưa chắc chắn; cam kết cập nhật thay vào đó.</li>"
                    "<li>Hướng dẫn đến đúng đầu mối thay vì đùn đẩy; không công bố số liệu của cơ quan khác.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "Trước khi nhận lời phỏng vấn",
                "items": [
                    "Đã biết phóng viên thuộc cơ quan báo chí nào, đã xem thẻ nhà báo.",
                    "Đã nắm chủ đề, câu hỏi chính và hình thức phỏng vấn.",
                    "Đã có tối đa ba thông điệp chính kèm số liệu.",
                    "Đã dự kiến ba câu hỏi khó nhất.",
                    "Đã xác định nội dung không thuộc thẩm quyền.",
                ],
            },
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>Viết lại hai câu trả lời sau:</p>"
                    "<ol>"
                    "<li>“Miễn bình luận.” (khi được hỏi về một vụ buôn lậu đang được điều tra)</li>"
                    "<li>“Không, xã không hề làm ngơ như anh nói.” (trước câu hỏi “Có phải xã làm ngơ việc "
                    "thương lái ép giá hồi?”)</li>"
                    "</ol>"
                ),
                "model_answer": (
                    "<ol>"
                    "<li>“Vụ việc đang được cơ quan điều tra thụ lý nên theo quy định của Luật Báo chí, chúng tôi "
                    "chưa thể cung cấp chi tiết; thông tin về vụ án sẽ do cơ quan có thẩm quyền công bố. Về phía xã, "
                    "chúng tôi phối hợp với lực lượng chức năng và tuyên truyền để bà con không tiếp tay cho buôn "
                    "lậu.” (Xã không nói thay tỉnh hay cơ quan điều tra.)</li>"
                    "<li>“Xã theo dõi sát giá hồi từ đầu vụ, đã kết nối doanh nghiệp thu mua và công khai giá tham "
                    "khảo hằng tuần tại các xã.” (Không lặp lại từ “làm ngơ”.)</li>"
                    "</ol>"
                ),
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Không có gì là “nói riêng” với phóng viên: hãy nói như thể mọi câu đều được đăng nguyên văn.",
                "source": "Nguyên tắc của khóa học",
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 3
# ---------------------------------------------------------------------------

MODULE_3 = {
    "title": "Kỹ năng xử lý khủng hoảng truyền thông",
    "slug": "xu-ly-khung-hoang-truyen-thong",
    "legal_bases": legal_bases(
        "nd-09-2017", "luat-bao-chi-2025", "luat-an-ninh-mang-2025"
    ),
    "last_reviewed": LAST_REVIEWED,
    "summary": (
        "Chuyên đề giúp nhận diện nguy cơ khủng hoảng truyền thông ở tỉnh biên giới, nắm quy trình ứng phó "
        "theo ba giai đoạn và cách xử lý thông tin sai sự thật trên mạng xã hội."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "1. Khủng hoảng truyền thông là gì?", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Khủng hoảng truyền thông là khi một sự việc – có thật, bị thổi phồng hay bịa đặt – lan truyền "
                "nhanh trên báo chí và mạng xã hội, ảnh hưởng lớn đến uy tín của cơ quan, địa phương. Dấu hiệu: "
                "thông tin lan rất nhanh; nhiều báo cùng đưa tin; cảm xúc tiêu cực lấn át sự kiện; các nguồn mâu "
                "thuẫn nhau.</p>"
                "<p>Ở Lạng Sơn, nguy cơ có thể đến từ ùn ứ hàng hóa tại cửa khẩu Hữu Nghị, Tân Thanh; dịch bệnh, an "
                "toàn thực phẩm với hàng qua biên giới; sạt lở, băng giá trên núi Mẫu Sơn ảnh hưởng du khách; buôn "
                "lậu. Tin sai sự thật trên mạng xã hội là nguy cơ thường trực: tại Hội nghị năm 2019, Sở Thông tin "
                "và Truyền thông khi đó cho biết đã trực tiếp xử lý 03 trường hợp cá nhân đưa tin sai (số liệu năm "
                "2019).</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "2. Ba giai đoạn quản trị khủng hoảng", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p><strong>Trước khủng hoảng:</strong> theo dõi báo chí, mạng xã hội hằng ngày; lập danh mục rủi ro; "
                "chuẩn bị kịch bản, mẫu thông cáo, danh bạ đầu mối công an, biên phòng, hải quan, y tế; diễn tập.</p>"
                "<p><strong>Trong khủng hoảng:</strong> Nghị định 09/2017/NĐ-CP yêu cầu phát ngôn kịp thời khi xảy ra "
                "sự kiện có tác động lớn trong xã hội hoặc khi dư luận có nhiều ý kiến không thống nhất. Những giờ "
                "đầu là “giờ vàng”. Khi chưa đủ dữ liệu, hãy phát <strong>thông cáo ban đầu</strong>: điều đã biết "
                "chắc chắn; việc đang làm; thời điểm cập nhật tiếp theo; đầu mối liên hệ.</p>"
                "<ul>"
                "<li>Đặt an toàn của người dân lên trước.</li>"
                "<li>Một đầu mối, một tiếng nói: các cơ quan thống nhất nội dung trước khi công bố.</li>"
                "<li>Không vội phủ nhận khi chưa xác minh.</li>"
                "<li>Cập nhật đúng hẹn.</li>"
                "</ul>"
                "<p><strong>Sau khủng hoảng:</strong> thông tin kết quả khắc phục; rút kinh nghiệm; chủ động giới "
                "thiệu lại điểm du lịch đã an toàn hay hoạt động thông quan đã bình thường.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "3. Xử lý tin sai sự thật trên mạng xã hội",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<ol>"
                "<li><strong>Phát hiện</strong> qua theo dõi thường xuyên.</li>"
                "<li><strong>Xác minh</strong> với cơ quan chuyên môn.</li>"
                "<li><strong>Đánh giá</strong> mức độ lan truyền, tác hại.</li>"
                "<li><strong>Công bố thông tin chính thức</strong> trên cổng thông tin điện tử, báo chí của tỉnh và "
                "cung cấp cho báo chí trung ương.</li>"
                "<li><strong>Phối hợp xử lý</strong> với công an theo Luật An ninh mạng 2025 (Luật số 116/2025/QH15, "
                "hiệu lực từ 01/7/2026, thay thế Luật An ninh mạng 2018) và quy định xử phạt vi phạm hành chính "
                "hiện hành; tiếp tục theo dõi.</li>"
                "</ol>"
                "<p>Không tranh cãi tay đôi với tài khoản ẩn danh; biện pháp xử lý không thay được thông tin đúng.</p>"
            ),
        },
        {
            "type": "key_message",
            "value": {
                "title": "Nhanh nhưng không vội",
                "text": (
                    "Trong khủng hoảng, tốc độ và sự trung thực quan trọng như nhau. Nói sớm điều đã biết, nói rõ "
                    "việc đang làm, hẹn giờ cập nhật và giữ đúng hẹn."
                ),
            },
        },
        {
            "type": "case_study",
            "value": {
                "title": "Tình huống giả định: Tin đồn “đóng cửa khẩu” lan truyền trong đêm",
                "situation": (
                    "<p>22 giờ, một tài khoản mạng xã hội đăng video xe tải xếp hàng dài kèm dòng chữ “Cửa khẩu Hữu "
                    "Nghị đóng cửa vô thời hạn từ ngày mai”. Sau hai giờ đã có hàng nghìn lượt chia sẻ; thương lái ép "
                    "giá nông dân, lái xe vội dồn lên biên giới.</p>"
                ),
                "what_happened": (
                    "<p>22 giờ 30, tổ theo dõi báo cáo; người phát ngôn gọi ngay cơ quan quản lý cửa khẩu và được xác "
                    "nhận không có thông báo tạm dừng nào. 23 giờ, trang thông tin chính thức của tỉnh đăng "
                    "<strong>thông tin ban đầu</strong>: đến thời điểm này chưa có thông báo tạm dừng hoạt động cửa "
                    "khẩu; nguồn gốc video đang được kiểm tra; sẽ cập nhật lúc 6 giờ sáng; số đường dây nóng. Trong "
                    "đêm, cơ quan chức năng xác định video quay từ mùa vụ trước. 6 giờ sáng, thông cáo chung được đăng "
                    "và gửi báo chí, nêu cửa khẩu hoạt động bình thường, số xe thông quan hôm trước do cơ quan hải "
                    "quan công bố. Công an xác minh chủ tài khoản, xử lý theo quy định.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Theo dõi thường xuyên giúp phát hiện sớm.</li>"
                    "<li>Lời chính thức đầu tiên đến trong vòng một giờ, chỉ nói điều đã kiểm tra, và hẹn giờ cập "
                    "nhật; không đợi đến sáng.</li>"
                    "<li>Bác bỏ tin đồn bằng dữ liệu kiểm chứng được, sau khi đã kiểm tra.</li>"
                    "<li>Thông cáo chung tạo một tiếng nói thống nhất.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "Việc cần làm trong 24 giờ đầu",
                "items": [
                    "Báo cáo người đứng đầu, kích hoạt tổ xử lý, xác định người phát ngôn.",
                    "Xác minh: chuyện gì, ở đâu, khi nào, ai bị ảnh hưởng.",
                    "Phát thông cáo ban đầu.",
                    "Thống nhất nội dung với các cơ quan liên quan.",
                    "Theo dõi liên tục báo chí, mạng xã hội.",
                    "Cập nhật đúng giờ đã hẹn.",
                ],
            },
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>15 giờ, sạt lở làm tắc đường lên khu du lịch Mẫu Sơn; khoảng 40 du khách đang lưu trú trên "
                    "núi. 15 giờ 20, mạng xã hội lan truyền tin chưa xác thực rằng “có người thiệt mạng”. Hãy soạn "
                    "<strong>thông cáo ban đầu</strong> khoảng 80 chữ của Ủy ban nhân dân xã Mẫu Sơn, đăng trước 16 "
                    "giờ.</p>"
                ),
                "model_answer": (
                    "<p>“Khoảng 15 giờ ngày …, sạt lở tại km … đường lên Mẫu Sơn. Đến 15 giờ 45, lực lượng tại hiện "
                    "trường chưa ghi nhận thiệt hại về người; thông tin “có người thiệt mạng” đang được kiểm tra. "
                    "Khoảng 40 du khách đang lưu trú tại các cơ sở trên núi. Xã đã huy động lực lượng, phương tiện "
                    "khắc phục. Thân nhân du khách liên hệ đường dây nóng …. Xã sẽ cập nhật lúc 17 giờ trên trang "
                    "thông tin của xã.”</p>"
                    "<p><em>Lưu ý:</em> thông cáo ra trong giờ đầu, không phủ nhận điều chưa kiểm tra, hẹn giờ cập "
                    "nhật gần.</p>"
                ),
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Hãy nói những gì đã biết, những gì đang làm và khi nào sẽ thông tin tiếp.",
                "source": "Nguyên tắc của khóa học về thông cáo ban đầu",
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 4
# ---------------------------------------------------------------------------

MODULE_4 = {
    "title": "Nghiệp vụ và kỹ năng thông tin đối ngoại của báo chí địa phương",
    "slug": "thong-tin-doi-ngoai-bao-chi-dia-phuong",
    "legal_bases": legal_bases("nd-72-2015", "nd-43-2025", "luat-bao-chi-2025"),
    "last_reviewed": LAST_REVIEWED,
    "summary": (
        "Chuyên đề giới thiệu yêu cầu của thông tin đối ngoại ở tỉnh biên giới và kỹ năng xây dựng thông "
        "điệp, quảng bá hình ảnh Lạng Sơn."
    ),
    "body": [
        {
            "type": "heading",
            "value": {
                "text": "1. Thông tin đối ngoại và ý nghĩa đối với Lạng Sơn",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Hoạt động thông tin đối ngoại được quản lý theo <strong>Nghị định số 72/2015/NĐ-CP</strong> ngày "
                "07/9/2015 của Chính phủ. Thông tin đối ngoại theo Nghị định là thông tin hướng ra bên ngoài và về "
                "thế giới: giới thiệu, cung cấp thông tin chính thức về Việt Nam (ở địa phương: về tỉnh) cho công "
                "chúng nước ngoài và người Việt Nam ở nước ngoài; thông tin về thế giới cho người dân trong nước; "
                "đấu tranh với thông tin sai lệch về Việt Nam. Quảng bá tỉnh với người dân, du khách trong nước là "
                "công tác thông tin, tuyên truyền trong nước, không phải thông tin đối ngoại.</p>"
                "<p>Từ 01/3/2025, quản lý nhà nước về thông tin đối ngoại và báo chí ở trung ương thuộc Bộ Văn hóa, "
                "Thể thao và Du lịch (Nghị định 43/2025/NĐ-CP). Ở tỉnh, hãy liên hệ cơ quan được Ủy ban nhân dân "
                "tỉnh giao tham mưu về thông tin đối ngoại theo quy định hiện hành.</p>"
                "<p>Lạng Sơn giáp Quảng Tây (Trung Quốc), có cửa khẩu quốc tế Hữu Nghị, ga đường sắt quốc tế Đồng "
                "Đăng, các cửa khẩu Tân Thanh, Chi Ma; có Mẫu Sơn, Ải Chi Lăng, Bắc Sơn; có đặc sản hồi, na Chi "
                "Lăng. Thông tin về tỉnh được người dân cả nước, đối tác bên kia biên giới, nhà đầu tư, du khách "
                "theo dõi.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "2. Vai trò của báo chí địa phương và người phát ngôn",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Báo chí của tỉnh và cổng thông tin điện tử các cấp là nguồn chính thức mà báo chí trung ương, "
                "nước ngoài thường trích dẫn; người phát ngôn cung cấp “nguyên liệu” cho các nguồn ấy.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "3. Nghiệp vụ cơ bản", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p><strong>Xây dựng thông điệp:</strong> xác định công chúng (doanh nghiệp, du khách, người Việt Nam "
                "ở nước ngoài, cư dân hai bên biên giới) và thông điệp nhất quán: cửa ngõ giao thương thuận lợi; "
                "điểm đến an toàn; vùng nông sản đặc trưng. Thông điệp thuyết phục nhất được kể qua con người cụ "
                "thể: hợp tác xã trồng na, gia đình làm nghề hồi, chiến sĩ biên phòng giúp dân.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Quy định của tỉnh về thông tin đối ngoại",
                "level": "h3",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Ngày 10/11/2017, Ủy ban nhân dân tỉnh ban hành Quyết định số 60/2017/QĐ-UBND về Quy chế quản lý "
                "hoạt động thông tin đối ngoại trên địa bàn tỉnh Lạng Sơn, căn cứ Nghị định 72/2015/NĐ-CP. Quy chế "
                "được ban hành khi Sở Thông tin và Truyền thông và cấp huyện còn tồn tại, nên phần phân công cơ "
                "quan có thể đã thay đổi sau khi hợp nhất sở (01/3/2025) và sắp xếp chính quyền hai cấp "
                "(01/7/2025). Trước khi áp dụng, hãy kiểm tra tình trạng hiệu lực và văn bản thay thế (nếu có) "
                "trên Cơ sở dữ liệu quốc gia về văn bản pháp luật hoặc hỏi Văn phòng Ủy ban nhân dân tỉnh.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ngôn ngữ và vấn đề nhạy cảm", "level": "h3"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li>Chủ quyền, biên giới: chỉ dùng thông tin, thuật ngữ chính thức; bản đồ đúng chủ quyền.</li>"
                "<li>Quan hệ với nước láng giềng: khách quan, tôn trọng, tránh ngôn từ kích động.</li>"
                "<li>Dân tộc, tôn giáo: tôn trọng bản sắc đồng bào Nùng, Tày, Dao, Sán Chay và các dân tộc khác.</li>"
                "<li>Bản dịch tiếng Trung, tiếng Anh phải được người có chuyên môn kiểm tra.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": "Chủ động thông tin, làm việc với phóng viên nước ngoài",
                "level": "h3",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Cách tốt nhất để giảm tác động của thông tin “trái chiều” là chủ động cung cấp thông tin chính "
                "thức, hấp dẫn: kim ngạch xuất nhập khẩu, mùa hoa hồi, lễ hội. Thông tin sai lệch về biên giới cần "
                "được phản bác bằng chứng cứ, phối hợp với cơ quan đối ngoại và công an.</p>"
                "<p>Phóng viên nước ngoài hoạt động theo quy định về báo chí nước ngoài tại Việt Nam; khi tiếp đoàn, "
                "cần phối hợp cơ quan đối ngoại của tỉnh, chuẩn bị thông điệp, tài liệu song ngữ, phiên dịch.</p>"
            ),
        },
        {
            "type": "key_message",
            "value": {
                "title": "Mỗi phát ngôn là một phần hình ảnh của tỉnh",
                "text": (
                    "Thông tin đối ngoại không phải việc riêng của một cơ quan. Thông tin chính xác, nhất quán, tôn "
                    "trọng sự nhạy cảm của vùng biên giới giúp hình ảnh Lạng Sơn được phản ánh khách quan hơn."
                ),
            },
        },
        {
            "type": "case_study",
            "value": {
                "title": "Tình huống giả định: Đoàn phóng viên nước ngoài tìm hiểu thương mại biên giới",
                "situation": (
                    "<p>Một đoàn phóng viên nước ngoài, có chương trình đã được chấp thuận, tìm hiểu thương mại qua "
                    "cửa khẩu Hữu Nghị; người phát ngôn của Ủy ban nhân dân tỉnh tiếp đoàn. Một phóng viên bất ngờ hỏi về “buôn lậu tràn lan”, dẫn một video chưa rõ "
                    "nguồn trên mạng xã hội.</p>"
                ),
                "what_happened": (
                    "<p>Người phát ngôn đã chuẩn bị trước câu hỏi nhạy cảm. Ông cho biết video chưa được xác minh nên "
                    "không bình luận nội dung, rồi nêu số liệu đã công bố về kết quả chống buôn lậu; đề nghị phóng viên "
                    "gửi video để xác minh và hẹn bổ sung thông tin qua cơ quan đối ngoại của tỉnh.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Chuẩn bị trước câu hỏi nhạy cảm.</li>"
                    "<li>Không bình luận nguồn chưa xác minh, nhưng không né tránh chủ đề.</li>"
                    "<li>Dùng số liệu chính thức và kênh đối ngoại.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "Kiểm tra sản phẩm thông tin đối ngoại trước khi đăng",
                "items": [
                    "Số liệu có nguồn chính thức.",
                    "Bản đồ, hình ảnh đúng chủ quyền, biên giới quốc gia.",
                    "Ngôn từ khách quan, tôn trọng nước láng giềng và các dân tộc.",
                    "Bản dịch đã được kiểm tra.",
                    "Ảnh, video rõ nguồn gốc, bảo đảm bản quyền.",
                ],
            },
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>Lập kế hoạch thông tin đối ngoại ngắn để quảng bá mùa na Chi Lăng: mục tiêu, công chúng, "
                    "thông điệp, kênh, thời gian, cách đo kết quả.</p>"
                ),
                "model_answer": (
                    "<ul>"
                    "<li><strong>Mục tiêu:</strong> tăng nhận diện na Chi Lăng, hỗ trợ tiêu thụ, thu hút du khách.</li>"
                    "<li><strong>Công chúng đối ngoại:</strong> đối tác nhập khẩu, nhà đầu tư và du khách nước "
                    "ngoài, người Việt Nam ở nước ngoài. (Phần quảng bá tới doanh nghiệp, du khách trong nước là "
                    "tuyên truyền trong nước, làm trong cùng kế hoạch nhưng không phải thông tin đối ngoại.)</li>"
                    "<li><strong>Thông điệp:</strong> đặc sản vùng núi đá vôi; sản xuất an toàn; trải nghiệm vườn na gắn "
                    "với di tích Ải Chi Lăng.</li>"
                    "<li><strong>Kênh:</strong> báo chí của tỉnh và trung ương, cổng thông tin điện tử, mạng xã hội chính "
                    "thức, tài liệu song ngữ.</li>"
                    "<li><strong>Thời gian:</strong> trước, trong và sau vụ.</li>"
                    "<li><strong>Đo kết quả:</strong> số tin bài, lượt tiếp cận, hợp đồng tiêu thụ, lượng khách.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Lấy cái đẹp dẹp cái xấu, lấy tích cực đẩy lùi tiêu cực.",
                "source": "Phương châm thường được nêu trong công tác tuyên truyền và đấu tranh trên không gian mạng",
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 5
# ---------------------------------------------------------------------------

MODULE_5 = {
    "title": "Tổ chức họp báo và chế độ phát ngôn định kỳ, đột xuất",
    "slug": "to-chuc-hop-bao",
    "legal_bases": legal_bases("nd-09-2017", "luat-bao-chi-2025"),
    "last_reviewed": LAST_REVIEWED,
    "summary": (
        "Chuyên đề hướng dẫn tổ chức một cuộc họp báo từng bước, thực hiện chế độ phát ngôn định kỳ và "
        "đột xuất, xử lý câu hỏi nhiều vế, kèm bài tập nhóm cho từng điểm cầu của buổi tập huấn trực tuyến."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "1. Khi nào cần họp báo?", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Họp báo là một trong các hình thức phát ngôn mà Nghị định 09/2017/NĐ-CP nêu, bên cạnh đăng "
                "tải trên cổng, trang thông tin điện tử, trả lời phỏng vấn, gửi thông cáo. Họp báo đáng công sức "
                "khi có thông tin quan trọng cần đến nhiều cơ quan báo chí cùng lúc, khi dư luận có nhiều ý kiến "
                "trái chiều cần một lời giải thích trực tiếp, hoặc theo chế độ họp báo định kỳ của cơ quan. Nếu "
                "chỉ có một thông báo ngắn, một thông cáo gửi đúng lúc thường hiệu quả hơn.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "2. Chế độ phát ngôn định kỳ và đột xuất", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Nghị định 09/2017/NĐ-CP phân biệt hai chế độ:</p>"
                "<ul>"
                "<li><strong>Phát ngôn định kỳ:</strong> cơ quan cung cấp thông tin cho báo chí theo lịch cố định "
                "(họp báo định kỳ, đăng tải định kỳ trên cổng thông tin điện tử), với tần suất Nghị định quy định "
                "cho từng cấp.</li>"
                "<li><strong>Phát ngôn đột xuất, bất thường:</strong> khi xảy ra sự kiện, vấn đề có tác động lớn "
                "trong xã hội hoặc dư luận có nhiều ý kiến không thống nhất về vấn đề thuộc phạm vi quản lý, người "
                "phát ngôn phải chủ động cung cấp thông tin kịp thời, và trả lời khi báo chí đề nghị trong thời hạn "
                "Nghị định quy định.</li>"
                "</ul>"
                "<p><strong>Việc của người học trước buổi tập huấn:</strong> mở văn bản đang có hiệu lực (Nghị "
                "định 09/2017/NĐ-CP hoặc văn bản quy định chi tiết Luật Báo chí 2025 nếu đã thay thế) và quy chế "
                "phát ngôn của cơ quan mình, rồi ghi vào sổ tay: tần suất cung cấp thông tin định kỳ của cơ quan; "
                "thời hạn cung cấp thông tin ban đầu khi có sự việc đột xuất; thời hạn trả lời khi báo chí đề "
                "nghị. Khóa học không ghi sẵn các con số này, để mỗi người đọc chúng từ văn bản đang có hiệu lực.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "3. Tổ chức họp báo từng bước", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p><strong>Trước họp báo (từ 2 đến 5 ngày, rút ngắn khi đột xuất):</strong></p>"
                "<ol>"
                "<li>Xác định mục đích và <strong>tối đa ba thông điệp</strong>; người chủ trì và người trả lời "
                "từng lĩnh vực, đúng thẩm quyền.</li>"
                "<li>Chuẩn bị <strong>thông cáo báo chí</strong> và bộ tài liệu: số liệu có nguồn, ảnh, bản đồ đã "
                "kiểm tra; tên, chức vụ người phát ngôn.</li>"
                "<li>Lập danh sách <strong>câu hỏi dự kiến</strong>, kể cả câu hỏi khó nhất và câu hỏi nhiều vế; "
                "thống nhất câu trả lời với các cơ quan liên quan.</li>"
                "<li>Gửi giấy mời tới các cơ quan báo chí (thời gian, địa điểm, chủ đề, người chủ trì, đầu mối đăng "
                "ký); chuẩn bị phòng, âm thanh, phương án trực tuyến.</li>"
                "<li><strong>Diễn tập</strong> 30 phút với người đóng vai phóng viên.</li>"
                "</ol>"
                "<p><strong>Trong họp báo (thường 45–60 phút):</strong></p>"
                "<ol>"
                "<li>Người chủ trì giới thiệu thành phần, thời lượng, cách đặt câu hỏi.</li>"
                "<li>Phát biểu chính ngắn (không quá 10 phút), nói thông điệp quan trọng nhất trước.</li>"
                "<li>Hỏi – đáp: mời lần lượt, mỗi phóng viên một câu; chuyển câu hỏi đến đúng người trả lời; điều "
                "gì chưa trả lời được thì hẹn thời điểm và ghi lại.</li>"
                "<li>Kết thúc bằng việc nhắc lại thông điệp chính và đầu mối liên hệ.</li>"
                "</ol>"
                "<p><strong>Sau họp báo:</strong> đăng nội dung phát ngôn trên cổng, trang thông tin điện tử của cơ "
                "quan trong ngày; gửi các câu trả lời đã hẹn đúng hạn; theo dõi tin bài, đề nghị cải chính theo "
                "quy định nếu có sai lệch; rút kinh nghiệm.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "4. Xử lý câu hỏi nhiều vế tại họp báo", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Tại họp báo, câu hỏi nhiều vế thường đến cùng lúc với ống kính. Áp dụng cách đã học ở Chuyên "
                "đề 2: ghi lại từng vế; nói ngắn “Anh hỏi ba ý, tôi xin trả lời ý quan trọng nhất với người dân "
                "trước”; trả lời vế thuộc thẩm quyền bằng số liệu; chỉ rõ cơ quan trả lời vế còn lại; với vế chưa "
                "có kết luận, nêu lý do và thời điểm sẽ thông tin. Người chủ trì có thể đề nghị phóng viên tách câu "
                "hỏi để các đồng nghiệp khác có lượt hỏi.</p>"
            ),
        },
        {
            "type": "key_message",
            "value": {
                "title": "Họp báo là việc chuẩn bị, không phải việc ứng biến",
                "text": (
                    "Một cuộc họp báo tốt được quyết định trước khi phóng viên đến: ba thông điệp, người trả lời "
                    "đúng thẩm quyền, câu hỏi khó đã được thử, và lời hẹn nào cũng được giữ."
                ),
            },
        },
        {
            "type": "case_study",
            "value": {
                "title": "Tình huống giả định: Họp báo về mùa cao điểm xuất khẩu nông sản",
                "situation": (
                    "<p>Ủy ban nhân dân tỉnh họp báo trước cao điểm xuất khẩu nông sản. Một phóng viên hỏi: “Năm nay "
                    "có ùn ứ như năm trước không? Ai chịu trách nhiệm nếu có? Doanh nghiệp phản ánh phí dịch vụ ở bãi "
                    "xe tăng, tỉnh xử lý thế nào?”</p>"
                ),
                "what_happened": (
                    "<p><strong>Chưa tốt:</strong> người chủ trì trả lời lần lượt cả ba vế bằng nhận định chung, hứa "
                    "“chắc chắn không ùn ứ”.</p>"
                    "<p><strong>Phù hợp:</strong> người chủ trì ghi ba vế; trả lời trước phương án phân luồng và số "
                    "liệu đã chuẩn bị; mời đại diện cơ quan quản lý cửa khẩu trả lời về năng lực thông quan; về phí "
                    "dịch vụ, cho biết đã giao cơ quan chuyên môn kiểm tra và hẹn thông tin kết quả trên cổng thông "
                    "tin điện tử của tỉnh; không hứa điều không chắc chắn.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Câu hỏi nhiều vế được tách ra và giao đúng người trả lời.</li>"
                    "<li>Cam kết cập nhật thay cho lời hứa về kết quả.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "checklist",
            "value": {
                "title": "Bảng kiểm trước giờ họp báo",
                "items": [
                    "Thông cáo báo chí và bộ tài liệu đã được người đứng đầu duyệt.",
                    "Người trả lời từng lĩnh vực đã được xác định, đúng thẩm quyền.",
                    "Danh sách câu hỏi khó, câu hỏi nhiều vế đã được thử trả lời.",
                    "Số liệu đã thống nhất với các cơ quan liên quan.",
                    "Đã có người ghi các câu hỏi chưa trả lời và thời hạn trả lời.",
                    "Đã sẵn sàng đăng nội dung phát ngôn trên cổng thông tin điện tử ngay sau họp báo.",
                ],
            },
        },
        {
            "type": "heading",
            "value": {
                "text": "5. Bài tập nhóm tại từng điểm cầu (buổi tập huấn trực tuyến)",
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Mỗi điểm cầu là một nhóm (5–8 người), cử một người phát ngôn, một người ghi chép, hai người "
                "đóng vai phóng viên. Nhóm có 15 phút chuẩn bị, 3 phút trình bày trước toàn hội nghị; giảng viên "
                "tại điểm cầu chính đặt thêm một câu hỏi nhiều vế. Các điểm cầu nhận tình huống theo thứ tự "
                "trong danh sách điểm cầu của buổi học (điểm cầu thứ năm nhận lại tình huống 1, và cứ thế):</p>"
                "<ol>"
                "<li><strong>Tin đồn trong đêm:</strong> mạng xã hội lan truyền tin “cửa khẩu đóng cửa”. Soạn thông "
                "tin ban đầu đăng trong vòng một giờ.</li>"
                "<li><strong>Phóng viên tại hiện trường:</strong> xe hàng ùn ứ gần cửa khẩu, câu hỏi ba vế về thủ "
                "tục, trách nhiệm, thời hạn. Trả lời trong phạm vi thẩm quyền của xã.</li>"
                "<li><strong>Họp báo định kỳ:</strong> lập chương trình, ba thông điệp và năm câu hỏi dự kiến cho "
                "cuộc họp báo quý của một sở.</li>"
                "<li><strong>Đoàn phóng viên nước ngoài:</strong> chuẩn bị thông điệp, tài liệu song ngữ và câu trả "
                "lời cho một câu hỏi nhạy cảm về biên giới.</li>"
                "</ol>"
            ),
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>Nhóm của điểm cầu anh/chị nhận tình huống 2. Viết câu trả lời dài không quá 45 giây cho "
                    "câu hỏi: “Có phải cán bộ làm chậm thủ tục? Xã có chịu trách nhiệm không? Bao giờ hết ùn ứ?”</p>"
                ),
                "model_answer": (
                    "<p>“Chúng tôi hiểu bà con và lái xe đang rất sốt ruột. Việc của xã là bảo đảm trật tự, an toàn "
                    "và hỗ trợ lái xe: từ sáng nay xã đã bố trí thêm lực lượng phân luồng và điểm nghỉ. Thủ tục thông "
                    "quan do cơ quan hải quan cửa khẩu thực hiện; câu hỏi về thủ tục và thời gian giải tỏa, đề nghị "
                    "anh liên hệ đơn vị này. Phản ánh về cán bộ làm chậm, xã đã chuyển đến cơ quan có thẩm quyền. "
                    "Chiều nay, xã sẽ cập nhật những việc đã làm trên trang thông tin của xã.”</p>"
                    "<p><em>Tiêu chí nhận xét:</em> bắt đầu bằng sự đồng cảm; chỉ nói việc thuộc thẩm quyền; chỉ rõ "
                    "đầu mối cho vế còn lại; không hứa mốc thời gian; hẹn giờ cập nhật.</p>"
                ),
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Mỗi lời hẹn với báo chí là một cam kết: ghi lại, giao người, giữ đúng giờ.",
                "source": "Nguyên tắc của khóa học về họp báo",
            },
        },
    ],
}


MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5]
