"""Nội dung khóa học “Kỹ năng phát ngôn và cung cấp thông tin cho báo chí”.

Bản thảo nội dung giảng dạy (tiếng Việt) cho nền tảng tập huấn cán bộ tỉnh Lạng Sơn.
Xây dựng từ các chủ đề của Hội nghị trực tuyến tập huấn công tác thông tin đối ngoại
năm 2019 do Sở Thông tin và Truyền thông Lạng Sơn tổ chức ngày 17/10/2019.

Tệp này không phụ thuộc Django; chỉ định nghĩa hai hằng dữ liệu: COURSE, MODULES
(câu hỏi kiểm tra nằm ở ứng dụng assessments).
Mọi tình huống trong tệp đều là tình huống giả định dùng cho mục đích giảng dạy.
"""

COURSE = {
    "title": "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
    "slug": "ky-nang-phat-ngon",
    "intro": (
        "<p>Khóa học được xây dựng từ các chủ đề của <strong>Hội nghị trực tuyến tập huấn công tác "
        "thông tin đối ngoại năm 2019</strong> do Sở Thông tin và Truyền thông Lạng Sơn tổ chức ngày "
        "17/10/2019, dành cho người phát ngôn của các sở, ngành và lãnh đạo, Chánh Văn phòng Ủy ban nhân "
        "dân các huyện, thành phố.</p>"
        "<p>Mỗi ngày có khoảng 10 bài báo trung ương viết về Lạng Sơn, trong đó thông tin “trái chiều” "
        "chiếm trên 20%, có thời điểm trên 50%; Sở đã trực tiếp xử lý 03 trường hợp cá nhân đưa tin sai "
        "sự thật trên mạng xã hội. Ở tỉnh biên giới, phát ngôn đúng, kịp thời, nhất quán là trách nhiệm "
        "của mỗi cơ quan. Khóa học gồm bốn chuyên đề:</p>"
        "<ul>"
        "<li>kỹ năng phát ngôn trong cơ quan hành chính nhà nước;</li>"
        "<li>giao tiếp và trả lời phỏng vấn báo chí;</li>"
        "<li>xử lý khủng hoảng truyền thông;</li>"
        "<li>thông tin đối ngoại của báo chí địa phương.</li>"
        "</ul>"
        "<p><em>Văn bản pháp luật được dẫn theo thời điểm biên soạn; các tình huống là giả định.</em></p>"
    ),
    "objectives": [
        "Nắm vững cơ sở pháp lý của việc phát ngôn và cung cấp thông tin cho báo chí: Luật Báo chí 2016, Nghị định 09/2017/NĐ-CP, Luật Tiếp cận thông tin 2016.",
        "Xác định đúng thẩm quyền phát ngôn, các hình thức phát ngôn và những trường hợp được từ chối cung cấp thông tin cho báo chí.",
        "Chuẩn bị và trình bày phát ngôn, trả lời phỏng vấn ngắn gọn, chính xác, xoay quanh các thông điệp chính.",
        "Nhận diện sớm, xây dựng kịch bản và phối hợp xử lý khủng hoảng truyền thông, kể cả thông tin sai sự thật trên mạng xã hội.",
        "Vận dụng nghiệp vụ thông tin đối ngoại để quảng bá hình ảnh Lạng Sơn – tỉnh biên giới, cửa ngõ giao thương – chủ động và đúng quy định.",
        "Lập được kế hoạch cải thiện công tác phát ngôn, cung cấp thông tin của cơ quan, đơn vị mình.",
    ],
}


# ---------------------------------------------------------------------------
# Chuyên đề 1
# ---------------------------------------------------------------------------

MODULE_1 = {
    "title": "Kỹ năng phát ngôn của người phát ngôn trong cơ quan hành chính nhà nước",
    "slug": "ky-nang-phat-ngon-co-quan-hanh-chinh",
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
                "<p>Mỗi ngày có khoảng 10 bài báo trung ương viết về Lạng Sơn; thông tin “trái chiều” chiếm trên "
                "20%, có thời điểm trên 50%. Ở tỉnh biên giới, thông tin về cửa khẩu, an ninh hay quan hệ với nước "
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
                "<li><strong>Luật Báo chí năm 2016:</strong> khoản 2 Điều 38 nêu các trường hợp được từ chối cung "
                "cấp thông tin, như bí mật nhà nước, bí mật đời tư; vụ án đang điều tra hoặc chưa xét xử; vụ việc "
                "đang thanh tra chưa có kết luận, đang giải quyết khiếu nại, tố cáo.</li>"
                "<li><strong>Nghị định số 09/2017/NĐ-CP</strong> quy định người phát ngôn, chế độ phát ngôn định kỳ "
                "và đột xuất, cùng các hình thức: họp báo; đăng trên cổng thông tin điện tử; trả lời phỏng vấn; gửi "
                "thông cáo, văn bản trả lời; trao đổi tại giao ban báo chí; đề nghị đăng phản hồi, cải chính.</li>"
                "<li><strong>Luật Tiếp cận thông tin năm 2016</strong> (hiệu lực từ 01/7/2018) bảo đảm quyền tiếp "
                "cận thông tin của công dân.</li>"
                "</ul>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Ai được phát ngôn nhân danh cơ quan?", "level": "h3"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Người phát ngôn gồm người đứng đầu cơ quan (ở Ủy ban nhân dân cấp huyện là Chủ tịch Ủy ban nhân "
                "dân), người được giao phát ngôn thường xuyên và người được ủy quyền về vấn đề cụ thể; thông tin "
                "liên hệ của họ phải được công bố công khai. Cán bộ khác có thể cung cấp thông tin theo quy định "
                "nhưng <strong>không được nhân danh cơ quan</strong>: một câu “nói cho nhanh” qua điện thoại rất dễ "
                "bị đăng như ý kiến chính thức của huyện.</p>"
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
                "“đang tích cực triển khai đồng bộ các giải pháp” bằng việc cụ thể: “từ sáng nay, huyện bố trí "
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
                    "<p>Một báo điện tử phản ánh thương lái ép giá na ở huyện Chi Lăng, kèm nhận định “chính quyền "
                    "làm ngơ”; mạng xã hội lan truyền thêm tin huyện “thu phí” người mua na.</p>"
                ),
                "what_happened": (
                    "<p><strong>Chưa tốt:</strong> một cán bộ chuyên môn trả lời qua điện thoại: “giá cả do thị "
                    "trường, huyện không can thiệp được”; câu nói được đăng như ý kiến của huyện.</p>"
                    "<p><strong>Phù hợp:</strong> người phát ngôn trả lời bằng văn bản trong ngày: thừa nhận giá giảm "
                    "vào cao điểm, nêu biện pháp hỗ trợ tiêu thụ, khẳng định không có khoản “phí” nào.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Lời của người không có thẩm quyền dễ bị hiểu là quan điểm chính thức.</li>"
                    "<li>Thừa nhận phần đúng giúp phát ngôn đáng tin hơn.</li>"
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
                    "Có thuộc trường hợp được từ chối theo khoản 2 Điều 38 Luật Báo chí không?",
                    "Đã có tối đa ba thông điệp chính chưa?",
                ],
            },
        },
        {
            "type": "exercise",
            "value": {
                "prompt": (
                    "<p>Báo điện tử đưa tin: “Xe hàng ùn ứ ở cửa khẩu, doanh nghiệp phản ánh bị gây khó dễ”. Là người "
                    "phát ngôn của huyện, hãy xác định phần thuộc thẩm quyền của huyện và viết đoạn phát ngôn ngắn.</p>"
                ),
                "model_answer": (
                    "<p><strong>Thẩm quyền:</strong> huyện trả lời về phân luồng, bãi chờ, hỗ trợ lái xe; thủ tục hải "
                    "quan thuộc cơ quan chuyên ngành; phản ánh “gây khó dễ” phải được xác minh.</p>"
                    "<p><strong>Gợi ý:</strong> “Lượng xe nông sản tăng mạnh vào cao điểm mùa vụ. Từ sáng nay, huyện "
                    "bố trí thêm tổ phân luồng, mở thêm bãi chờ. Đề nghị doanh nghiệp phản ánh cụ thể qua đường dây "
                    "nóng; sai phạm nếu có sẽ xử lý nghiêm.”</p>"
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
                "<p>Luật Báo chí năm 2016 xác định báo chí có nhiệm vụ phản ánh và hướng dẫn dư luận xã hội, là "
                "diễn đàn của Nhân dân. Phóng viên không phải “đối thủ” mà là cầu nối giữa chính quyền với người "
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
                "<li><em>“Đặt lời vào miệng”</em> (“Vậy có thể nói huyện đã làm ngơ?”): diễn đạt lại bằng lời của mình.</li>"
                "<li><em>Hỏi về cơ quan khác:</em> không bình luận thay, hướng dẫn đến đúng đầu mối.</li>"
                "</ul>"
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
                    "<p>Cao điểm mùa trái cây, hàng trăm xe nông sản chờ thông quan ở khu vực cửa khẩu Tân Thanh "
                    "(huyện Văn Lãng). Phóng viên truyền hình hỏi dồn lãnh đạo huyện: “Có phải cán bộ làm chậm thủ "
                    "tục? Huyện có chịu trách nhiệm không? Bao giờ hết ùn ứ?”</p>"
                ),
                "what_happened": (
                    "<p><strong>Chưa tốt:</strong> tỏ ra khó chịu, nói “việc này không phải của huyện”, rồi ước đoán "
                    "“hai, ba hôm nữa là hết”. Ba ngày sau xe vẫn ùn ứ, lời hứa thành chủ đề bài báo tiếp theo.</p>"
                    "<p><strong>Phù hợp:</strong> “Chúng tôi hiểu sự sốt ruột của bà con và lái xe. Huyện đã phối hợp "
                    "mở thêm bãi chờ, phân luồng; về thủ tục thông quan, đề nghị anh liên hệ cơ quan hải quan. Mỗi "
                    "ngày, huyện sẽ công bố số xe đã thông quan và còn chờ.”</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Đồng cảm trước, giải thích sau.</li>"
                    "<li>Không hứa mốc thời gian khi chưa chắc chắn; cam kết cập nhật thay vào đó.</li>"
                    "<li>Hướng dẫn đến đúng đầu mối thay vì đùn đẩy.</li>"
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
                    "<li>“Không, huyện không hề làm ngơ như anh nói.” (trước câu hỏi “Có phải huyện làm ngơ việc "
                    "thương lái ép giá hồi?”)</li>"
                    "</ol>"
                ),
                "model_answer": (
                    "<ol>"
                    "<li>“Vụ việc đang được cơ quan điều tra thụ lý nên theo quy định chúng tôi chưa thể cung cấp chi "
                    "tiết; khi có kết luận sẽ thông tin đầy đủ. Tỉnh kiên quyết đấu tranh với buôn lậu qua biên giới.”</li>"
                    "<li>“Huyện theo dõi sát giá hồi từ đầu vụ, đã kết nối doanh nghiệp thu mua và công khai giá tham "
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
                "lậu. Tin sai sự thật trên mạng xã hội là nguy cơ thường trực: Sở Thông tin và Truyền thông đã trực "
                "tiếp xử lý 03 trường hợp cá nhân đưa tin sai.</p>"
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
                "<li><strong>Phối hợp xử lý</strong> với công an theo Luật An ninh mạng năm 2018 và quy định xử phạt "
                "vi phạm hành chính; tiếp tục theo dõi.</li>"
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
                    "<p>Trong đêm, cơ quan chức năng xác minh: không có thông báo tạm dừng, video quay từ mùa vụ "
                    "trước. 6 giờ sáng, thông cáo chung được đăng trên cổng thông tin điện tử của tỉnh và gửi báo chí, "
                    "nêu rõ cửa khẩu hoạt động bình thường, số xe thông quan hôm trước. Công an xác minh chủ tài "
                    "khoản, xử lý theo quy định.</p>"
                ),
                "lessons": (
                    "<ul>"
                    "<li>Theo dõi thường xuyên giúp phát hiện sớm.</li>"
                    "<li>Bác bỏ tin đồn bằng dữ liệu kiểm chứng được.</li>"
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
                    "<p>Sạt lở làm tắc đường lên khu du lịch Mẫu Sơn; khoảng 40 du khách đang lưu trú trên núi. Mạng "
                    "xã hội lan truyền tin chưa xác thực rằng “có người thiệt mạng”. Hãy soạn <strong>thông cáo ban "
                    "đầu</strong> khoảng 80 chữ của Ủy ban nhân dân huyện.</p>"
                ),
                "model_answer": (
                    "<p>“Khoảng 15 giờ ngày …, sạt lở tại km … đường lên Mẫu Sơn. Đến 18 giờ chưa ghi nhận thiệt hại "
                    "về người; khoảng 40 du khách đang lưu trú an toàn. Huyện đã huy động lực lượng, phương tiện khắc "
                    "phục. Thân nhân du khách liên hệ đường dây nóng …. Đề nghị không chia sẻ thông tin chưa kiểm "
                    "chứng. Huyện sẽ cập nhật lúc 21 giờ trên cổng thông tin điện tử.”</p>"
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
                "07/9/2015 của Chính phủ. Theo tinh thần Nghị định, thông tin đối ngoại gồm cung cấp thông tin chính "
                "thức, quảng bá hình ảnh, thông tin về thế giới cho người dân trong nước và đấu tranh với thông tin "
                "sai lệch.</p>"
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
                    "cửa khẩu Hữu Nghị. Một phóng viên bất ngờ hỏi về “buôn lậu tràn lan”, dẫn một video chưa rõ "
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
                    "<li><strong>Công chúng:</strong> doanh nghiệp phân phối, sàn thương mại điện tử, du khách, đối tác "
                    "nhập khẩu.</li>"
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


MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4]
