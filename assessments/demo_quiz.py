"""The seed quiz (Vietnamese), copied from the course draft: 22 questions, six types."""

# ruff: noqa: E501

QUIZ = [
    # ----- single_choice -----
    {
        "type": "single_choice",
        "module": 1,
        "text": "Theo Nghị định 09/2017/NĐ-CP, ai là người đứng đầu chịu trách nhiệm phát ngôn và cung cấp thông tin cho báo chí của Ủy ban nhân dân cấp huyện?",
        "points": 1,
        "explanation": "Người đứng đầu cơ quan hành chính nhà nước là người phát ngôn; đối với Ủy ban nhân dân cấp huyện, cấp xã đó là Chủ tịch Ủy ban nhân dân. Người khác chỉ phát ngôn khi được giao hoặc ủy quyền.",
        "choices": [
            {
                "text": "Chủ tịch Ủy ban nhân dân huyện",
                "correct": True,
                "feedback": "Đúng. Chủ tịch Ủy ban nhân dân là người đứng đầu, chịu trách nhiệm phát ngôn của cơ quan.",
            },
            {
                "text": "Bất kỳ cán bộ nào được phóng viên liên hệ",
                "correct": False,
                "feedback": "Chưa đúng. Cán bộ không được giao hoặc ủy quyền thì không được nhân danh cơ quan để phát ngôn.",
            },
            {
                "text": "Trưởng phòng chuyên môn phụ trách lĩnh vực bị phản ánh",
                "correct": False,
                "feedback": "Chưa đúng. Trưởng phòng chỉ phát ngôn khi được người đứng đầu ủy quyền về vấn đề cụ thể.",
            },
            {
                "text": "Phóng viên thường trú của báo tỉnh tại huyện",
                "correct": False,
                "feedback": "Chưa đúng. Phóng viên là người khai thác thông tin, không phải người phát ngôn của cơ quan hành chính.",
            },
        ],
    },
    {
        "type": "single_choice",
        "module": 1,
        "text": "Trường hợp nào dưới đây thuộc các trường hợp được từ chối cung cấp thông tin cho báo chí theo khoản 2 Điều 38 Luật Báo chí 2016?",
        "points": 1,
        "explanation": "Khoản 2 Điều 38 Luật Báo chí 2016 cho phép từ chối cung cấp thông tin về vụ việc đang thanh tra chưa có kết luận, cùng một số trường hợp khác như bí mật nhà nước, vụ án đang điều tra.",
        "choices": [
            {
                "text": "Vụ việc đang trong quá trình thanh tra, chưa có kết luận thanh tra",
                "correct": True,
                "feedback": "Đúng. Đây là một trong các trường hợp luật cho phép từ chối cung cấp thông tin.",
            },
            {
                "text": "Số liệu thu ngân sách đã được công bố công khai",
                "correct": False,
                "feedback": "Chưa đúng. Thông tin đã công khai cần được cung cấp cho báo chí.",
            },
            {
                "text": "Kết quả hỗ trợ tiêu thụ na, hồi của huyện trong năm",
                "correct": False,
                "feedback": "Chưa đúng. Đây là thông tin cần chủ động cung cấp.",
            },
            {
                "text": "Lịch tiếp công dân định kỳ của lãnh đạo huyện",
                "correct": False,
                "feedback": "Chưa đúng. Lịch tiếp công dân là thông tin công khai.",
            },
        ],
    },
    {
        "type": "single_choice",
        "module": 2,
        "text": "Phóng viên hỏi: “Vậy có thể nói huyện đã buông lỏng quản lý?” Cách phản hồi nào phù hợp nhất?",
        "points": 1,
        "explanation": "Không lặp lại từ ngữ tiêu cực của câu hỏi; diễn đạt lại bằng ngôn ngữ của mình, dựa trên sự việc và việc đã làm.",
        "choices": [
            {
                "text": "Nêu những việc huyện đã làm và kết quả kiểm tra, không nhắc lại cụm từ “buông lỏng quản lý”",
                "correct": True,
                "feedback": "Đúng. Đây là cách tránh để câu nói tiêu cực trở thành tít bài.",
            },
            {
                "text": "“Không, huyện không hề buông lỏng quản lý.”",
                "correct": False,
                "feedback": "Chưa tốt. Lặp lại cụm từ tiêu cực khiến nó dễ được trích dẫn.",
            },
            {
                "text": "Từ chối trả lời và kết thúc cuộc phỏng vấn",
                "correct": False,
                "feedback": "Chưa tốt. Né tránh khiến dư luận nghi ngờ nhiều hơn.",
            },
            {
                "text": "Hỏi lại phóng viên lấy thông tin đó ở đâu và yêu cầu không đăng",
                "correct": False,
                "feedback": "Chưa tốt. Thái độ đối đầu làm xấu quan hệ với báo chí và không cung cấp được thông tin.",
            },
        ],
    },
    {
        "type": "single_choice",
        "module": 3,
        "text": "Một thông cáo ban đầu khi xảy ra sự cố, lúc chưa có đủ dữ liệu, cần có những nội dung nào?",
        "points": 1,
        "explanation": "Thông cáo ban đầu nêu những gì đã biết chắc chắn, những gì cơ quan đang làm, thời điểm cập nhật tiếp theo và đầu mối liên hệ.",
        "choices": [
            {
                "text": "Điều đã biết chắc chắn, việc đang làm, thời điểm cập nhật tiếp theo, đầu mối liên hệ",
                "correct": True,
                "feedback": "Đúng. Đây là bốn thành phần cơ bản của thông cáo ban đầu.",
            },
            {
                "text": "Kết luận cuối cùng về nguyên nhân và người chịu trách nhiệm",
                "correct": False,
                "feedback": "Chưa đúng. Khi chưa có đủ dữ liệu, không nên đưa kết luận.",
            },
            {
                "text": "Lời phủ nhận mọi thông tin đang lan truyền trên mạng",
                "correct": False,
                "feedback": "Chưa đúng. Không vội phủ nhận khi chưa xác minh.",
            },
            {
                "text": "Chỉ một câu: “Vụ việc đang được xem xét”",
                "correct": False,
                "feedback": "Chưa đúng. Câu chung chung không giúp người dân yên tâm.",
            },
        ],
    },
    {
        "type": "single_choice",
        "module": 3,
        "text": "Nguyên tắc “một đầu mối, một tiếng nói” trong xử lý khủng hoảng có nghĩa là gì?",
        "points": 1,
        "explanation": "Các cơ quan liên quan thống nhất nội dung và thông tin qua một đầu mối, tránh mâu thuẫn làm mất uy tín.",
        "choices": [
            {
                "text": "Các cơ quan liên quan thống nhất nội dung và thông tin qua đầu mối phát ngôn đã được xác định",
                "correct": True,
                "feedback": "Đúng. Thông tin mâu thuẫn giữa các cơ quan là “chất đốt” của khủng hoảng.",
            },
            {
                "text": "Chỉ một cơ quan báo chí được phép đưa tin về sự việc",
                "correct": False,
                "feedback": "Chưa đúng. Nguyên tắc này nói về phía cơ quan cung cấp thông tin, không hạn chế báo chí.",
            },
            {
                "text": "Mỗi cơ quan tự phát ngôn theo cách hiểu của mình để thông tin đa dạng",
                "correct": False,
                "feedback": "Chưa đúng. Điều này dễ dẫn đến thông tin mâu thuẫn.",
            },
            {
                "text": "Chỉ phát ngôn một lần duy nhất khi sự việc kết thúc",
                "correct": False,
                "feedback": "Chưa đúng. Cần cập nhật đều đặn trong suốt quá trình xử lý.",
            },
        ],
    },
    {
        "type": "single_choice",
        "module": 4,
        "text": "Văn bản nào của Chính phủ quy định về quản lý hoạt động thông tin đối ngoại?",
        "points": 1,
        "explanation": "Nghị định 72/2015/NĐ-CP ngày 07/9/2015 quy định về quản lý hoạt động thông tin đối ngoại.",
        "choices": [
            {"text": "Nghị định 72/2015/NĐ-CP", "correct": True, "feedback": "Đúng."},
            {
                "text": "Nghị định 09/2017/NĐ-CP",
                "correct": False,
                "feedback": "Chưa đúng. Nghị định này quy định về phát ngôn và cung cấp thông tin cho báo chí.",
            },
            {
                "text": "Luật Tiếp cận thông tin 2016",
                "correct": False,
                "feedback": "Chưa đúng. Luật này quy định quyền tiếp cận thông tin của công dân.",
            },
            {
                "text": "Luật An ninh mạng 2018",
                "correct": False,
                "feedback": "Chưa đúng. Luật này điều chỉnh bảo vệ an ninh quốc gia, trật tự trên không gian mạng.",
            },
        ],
    },
    # ----- multiple_choice -----
    {
        "type": "multiple_choice",
        "module": 1,
        "text": "Những hình thức nào là hình thức phát ngôn và cung cấp thông tin cho báo chí theo Nghị định 09/2017/NĐ-CP? (Chọn tất cả đáp án đúng)",
        "points": 1,
        "explanation": "Nghị định 09/2017/NĐ-CP nêu các hình thức: họp báo; đăng tải trên trang/cổng thông tin điện tử; phát ngôn trực tiếp, trả lời phỏng vấn; gửi thông cáo, trả lời bằng văn bản; trao đổi tại giao ban báo chí; đề nghị đăng phản hồi, cải chính.",
        "choices": [
            {"text": "Tổ chức họp báo", "correct": True, "feedback": "Đúng."},
            {
                "text": "Đăng tải nội dung phát ngôn trên cổng thông tin điện tử của cơ quan",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Gửi thông cáo báo chí hoặc nội dung trả lời bằng văn bản",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Cán bộ chuyên môn đăng ý kiến nhân danh cơ quan trên trang mạng xã hội cá nhân",
                "correct": False,
                "feedback": "Chưa đúng. Cá nhân không được nhân danh cơ quan để phát ngôn.",
            },
        ],
    },
    {
        "type": "multiple_choice",
        "module": 2,
        "text": "Khi nhận một cuộc gọi phỏng vấn bất ngờ, người phát ngôn nên làm gì? (Chọn tất cả đáp án đúng)",
        "points": 1,
        "explanation": "Cần làm rõ cơ quan báo chí, chủ đề, hình thức; có thể hẹn gọi lại để chuẩn bị và phải giữ đúng hẹn. Không có chuyện “nói riêng”.",
        "choices": [
            {
                "text": "Hỏi rõ phóng viên thuộc cơ quan báo chí nào, chủ đề và hình thức phỏng vấn",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Đề nghị hẹn gọi lại sau thời gian ngắn để chuẩn bị và giữ đúng lời hẹn",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Trả lời ngay mọi câu hỏi, kể cả phần chưa nắm rõ, để tỏ ra hợp tác",
                "correct": False,
                "feedback": "Chưa đúng. Trả lời khi chưa nắm rõ dễ dẫn đến thông tin sai.",
            },
            {
                "text": "Đề nghị “nói riêng, đừng đăng” rồi trao đổi thoải mái",
                "correct": False,
                "feedback": "Chưa đúng. Mọi điều nói với phóng viên đều có thể được đăng.",
            },
        ],
    },
    {
        "type": "multiple_choice",
        "module": 3,
        "text": "Đâu là dấu hiệu cho thấy một sự việc có nguy cơ trở thành khủng hoảng truyền thông? (Chọn tất cả đáp án đúng)",
        "points": 1,
        "explanation": "Dấu hiệu khủng hoảng gồm: lan truyền nhanh, nhiều cơ quan báo chí cùng đưa tin, cảm xúc tiêu cực lấn át, thông tin mâu thuẫn giữa các nguồn.",
        "choices": [
            {
                "text": "Bài đăng trên mạng xã hội có lượt chia sẻ tăng rất nhanh trong vài giờ",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Nhiều cơ quan báo chí cùng đưa tin về sự việc",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Thông tin từ các nguồn mâu thuẫn nhau",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Một bài phản ánh đã được giải quyết xong và không còn ai quan tâm",
                "correct": False,
                "feedback": "Chưa đúng. Đây không phải dấu hiệu khủng hoảng.",
            },
        ],
    },
    {
        "type": "multiple_choice",
        "module": 4,
        "text": "Trước khi đăng tải một sản phẩm thông tin đối ngoại, cần kiểm tra những nội dung nào? (Chọn tất cả đáp án đúng)",
        "points": 1,
        "explanation": "Sản phẩm thông tin đối ngoại cần bảo đảm bản đồ đúng chủ quyền, bản dịch chính xác, ngôn từ khách quan, tôn trọng và hình ảnh rõ nguồn gốc.",
        "choices": [
            {
                "text": "Bản đồ, hình ảnh thể hiện đúng chủ quyền, biên giới quốc gia",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Bản dịch tiếng nước ngoài đã được người có chuyên môn kiểm tra",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Ngôn từ khách quan, tôn trọng nước láng giềng và các dân tộc",
                "correct": True,
                "feedback": "Đúng.",
            },
            {
                "text": "Dùng ảnh tải tùy ý trên mạng cho nhanh, không cần rõ nguồn",
                "correct": False,
                "feedback": "Chưa đúng. Ảnh, video phải rõ nguồn gốc và bảo đảm bản quyền.",
            },
        ],
    },
    # ----- true_false -----
    {
        "type": "true_false",
        "module": 1,
        "text": "Cán bộ, công chức nắm rõ vụ việc được phép nhân danh cơ quan hành chính nhà nước để phát ngôn với báo chí, dù không được giao hay ủy quyền.",
        "points": 1,
        "explanation": "Sai. Cán bộ, công chức có thể cung cấp thông tin cho báo chí theo quy định nhưng không được nhân danh cơ quan để phát ngôn nếu không được giao hoặc ủy quyền.",
        "answer": False,
    },
    {
        "type": "true_false",
        "module": 2,
        "text": "Những điều người phát ngôn nói với phóng viên sau khi máy ghi âm đã tắt vẫn có thể được đăng tải.",
        "points": 1,
        "explanation": "Đúng. Không có chuyện “nói riêng” với phóng viên; hãy nói như thể mọi câu đều được đăng nguyên văn.",
        "answer": True,
    },
    {
        "type": "true_false",
        "module": 3,
        "text": "Khi chưa có đủ thông tin về sự cố, cách tốt nhất là im lặng cho đến khi có kết luận cuối cùng.",
        "points": 1,
        "explanation": "Sai. Im lặng để lại khoảng trống cho tin đồn; cần phát thông cáo ban đầu nêu điều đã biết, việc đang làm và thời điểm cập nhật.",
        "answer": False,
    },
    {
        "type": "true_false",
        "module": 4,
        "text": "Thông tin đối ngoại của địa phương chỉ hướng tới người nước ngoài, không liên quan đến việc quảng bá hình ảnh tỉnh với người dân cả nước.",
        "points": 1,
        "explanation": "Sai. Thông tin đối ngoại hướng tới nhiều nhóm công chúng, trong đó có việc quảng bá hình ảnh tỉnh với cả nước, thu hút nhà đầu tư, du khách trong và ngoài nước.",
        "answer": False,
    },
    # ----- short_answer -----
    {
        "type": "short_answer",
        "module": 1,
        "text": "Theo số liệu nêu tại Hội nghị tập huấn năm 2019, mỗi ngày có khoảng bao nhiêu bài báo trung ương viết về Lạng Sơn? (Ghi một con số)",
        "points": 1,
        "explanation": "Mỗi ngày có khoảng 10 bài báo trung ương viết về tỉnh, trong đó trên 20% (có thời điểm trên 50%) là thông tin “trái chiều”.",
        "accepted": [
            {"text": "10", "fraction": 1.0},
            {"text": "mười", "fraction": 1.0},
            {"text": "10 bài", "fraction": 1.0},
        ],
        "ignore_diacritics": True,
    },
    {
        "type": "short_answer",
        "module": 2,
        "text": "Kỹ thuật trả lời ngắn gọn câu hỏi rồi chuyển cuộc trao đổi về thông điệp chính được gọi là kỹ thuật gì?",
        "points": 1,
        "explanation": "Đó là kỹ thuật cầu nối, dùng các cụm từ như “Điều quan trọng nhất lúc này là…”.",
        "accepted": [
            {"text": "cầu nối", "fraction": 1.0},
            {"text": "kỹ thuật cầu nối", "fraction": 1.0},
            {"text": "bắc cầu", "fraction": 1.0},
        ],
        "ignore_diacritics": True,
    },
    {
        "type": "short_answer",
        "module": 3,
        "text": "Sở Thông tin và Truyền thông Lạng Sơn đã trực tiếp xử lý bao nhiêu trường hợp cá nhân đưa thông tin sai sự thật trên mạng xã hội (theo số liệu tại Hội nghị năm 2019)?",
        "points": 1,
        "explanation": "Sở Thông tin và Truyền thông đã trực tiếp xử lý 03 trường hợp.",
        "accepted": [
            {"text": "3", "fraction": 1.0},
            {"text": "03", "fraction": 1.0},
            {"text": "ba", "fraction": 1.0},
        ],
        "ignore_diacritics": True,
    },
    {
        "type": "short_answer",
        "module": 4,
        "text": "Cửa khẩu quốc tế đường bộ nào của Lạng Sơn được dùng làm ví dụ trong tình huống đoàn phóng viên nước ngoài tìm hiểu thương mại biên giới?",
        "points": 1,
        "explanation": "Tình huống giả định lấy cửa khẩu quốc tế Hữu Nghị làm bối cảnh.",
        "accepted": [
            {"text": "Hữu Nghị", "fraction": 1.0},
            {"text": "cửa khẩu Hữu Nghị", "fraction": 1.0},
        ],
        "ignore_diacritics": True,
    },
    # ----- ordering -----
    {
        "type": "ordering",
        "module": 3,
        "text": "Sắp xếp các bước xử lý thông tin sai sự thật trên mạng xã hội theo đúng trình tự.",
        "points": 2,
        "explanation": "Trình tự: phát hiện → xác minh → đánh giá mức độ lan truyền, tác hại → công bố thông tin chính thức → phối hợp xử lý theo pháp luật và tiếp tục theo dõi.",
        "items": [
            "Phát hiện thông tin qua theo dõi thường xuyên và phản ánh của người dân",
            "Xác minh với cơ quan chuyên môn",
            "Đánh giá mức độ lan truyền và tác hại",
            "Công bố thông tin chính thức và cung cấp cho báo chí",
            "Phối hợp xử lý theo pháp luật và tiếp tục theo dõi",
        ],
    },
    {
        "type": "ordering",
        "module": 2,
        "text": "Sắp xếp các việc của người phát ngôn khi tham gia một cuộc phỏng vấn theo đúng trình tự.",
        "points": 2,
        "explanation": "Trước hết làm rõ đề nghị phỏng vấn, sau đó chuẩn bị thông điệp, trả lời có sử dụng kỹ thuật cầu nối và cuối cùng theo dõi bài đăng.",
        "items": [
            "Làm rõ cơ quan báo chí, chủ đề và hình thức phỏng vấn",
            "Chuẩn bị tối đa ba thông điệp chính, số liệu và câu hỏi dự kiến",
            "Trả lời ngắn gọn, dùng kỹ thuật cầu nối để đưa về thông điệp chính",
            "Theo dõi bài đăng, đề nghị phản hồi hoặc cải chính nếu có sai lệch",
        ],
    },
    # ----- essay -----
    {
        "type": "essay",
        "module": 1,
        "text": "Mỗi ngày có khoảng 10 bài báo trung ương viết về Lạng Sơn, trong đó trên 20% (có lúc trên 50%) là thông tin “trái chiều”. Từ vị trí công tác của mình, anh/chị hãy phân tích nguyên nhân từ phía cơ quan nhà nước và đề xuất ít nhất ba giải pháp cải thiện công tác phát ngôn, cung cấp thông tin cho báo chí của cơ quan, đơn vị.",
        "points": 5,
        "explanation": "Bài làm tốt gắn lý thuyết về trách nhiệm phát ngôn, cơ sở pháp lý và nguyên tắc phát ngôn với thực tế của cơ quan, đơn vị.",
        "rubric": (
            "<ul>"
            "<li><strong>1 điểm:</strong> Nêu đúng cơ sở pháp lý (Luật Báo chí 2016, Nghị định 09/2017/NĐ-CP, Luật Tiếp cận thông tin 2016).</li>"
            "<li><strong>1,5 điểm:</strong> Phân tích được nguyên nhân từ phía cơ quan (chậm, né tránh, sai thẩm quyền, thiếu nhất quán, thiếu chủ động).</li>"
            "<li><strong>2 điểm:</strong> Đề xuất ít nhất ba giải pháp cụ thể, khả thi (công bố người phát ngôn, chế độ cung cấp thông tin định kỳ, theo dõi báo chí, kịch bản phát ngôn…).</li>"
            "<li><strong>0,5 điểm:</strong> Trình bày mạch lạc, gắn với thực tế địa phương.</li>"
            "</ul>"
        ),
    },
    {
        "type": "essay",
        "module": 4,
        "text": "Hãy xây dựng phương án thông tin đối ngoại để quảng bá một sản phẩm hoặc điểm đến tiêu biểu của địa phương anh/chị (ví dụ hồi, na Chi Lăng, khu du lịch Mẫu Sơn) tới doanh nghiệp, du khách trong và ngoài nước. Nêu rõ mục tiêu, công chúng, thông điệp, kênh, những điểm nhạy cảm cần lưu ý và cách đo kết quả.",
        "points": 5,
        "explanation": "Bài làm cần vận dụng nghiệp vụ thông tin đối ngoại, đặc biệt là yêu cầu chính xác, nhất quán và nhạy cảm của một tỉnh biên giới.",
        "rubric": (
            "<ul>"
            "<li><strong>1 điểm:</strong> Mục tiêu và công chúng mục tiêu rõ ràng, phù hợp.</li>"
            "<li><strong>1,5 điểm:</strong> Thông điệp nhất quán, có câu chuyện con người, có số liệu.</li>"
            "<li><strong>1 điểm:</strong> Lựa chọn kênh phù hợp (báo chí của tỉnh, báo chí trung ương, cổng thông tin điện tử, mạng xã hội, tài liệu song ngữ).</li>"
            "<li><strong>1 điểm:</strong> Nêu được các điểm nhạy cảm (chủ quyền, bản đồ, ngôn từ về nước láng giềng, bản dịch) và cách kiểm soát.</li>"
            "<li><strong>0,5 điểm:</strong> Có chỉ số đo kết quả cụ thể.</li>"
            "</ul>"
        ),
    },
]
