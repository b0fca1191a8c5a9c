"""Phrases for the OCR test: (script, BCP-47 language, Tesseract languages, text).

Diacritics, digits, punctuation, mixed scripts, and long phrases that must wrap, in every
script the built-in renderer supports. Written by hand; no phrase is special-cased anywhere.
"""

from __future__ import annotations

Phrase = tuple[str, str, str, str]

_LATIN: list[Phrase] = [
    ("Latn", "en", "eng", "Fresh apples, 3 for $5!"),
    ("Latn", "en", "eng", "Open daily from 9:00 to 18:30"),
    ("Latn", "en", "eng", "The quick brown fox jumps over the lazy dog near the quiet riverbank at dawn"),
    ("Latn", "en", "eng", "Summer Sale: 40% off everything"),
    ("Latn", "de", "deu", "Frische Äpfel und süße Birnen"),
    ("Latn", "de", "deu", "Größe, Maß und Gewicht prüfen"),
    ("Latn", "fr", "fra", "Crème brûlée à la française"),
    ("Latn", "fr", "fra", "Où est la gare ? Élégant café"),
    ("Latn", "vi", "vie", "Tiếng Việt có dấu"),
    ("Latn", "vi", "vie", "Phở bò tái chín ngon tuyệt"),
    ("Latn", "vi", "vie", "Chúc mừng năm mới"),
    ("Latn", "vi", "vie", "Hà Nội và Thành phố Hồ Chí Minh là hai thành phố lớn nhất của Việt Nam"),
    ("Latn", "pl", "pol", "Zażółć gęślą jaźń"),
    ("Latn", "pl", "pol", "Świeże pieczywo codziennie"),
    ("Latn", "pl", "pol", "Łódź, Gdańsk i Kraków"),
    ("Latn", "tr", "tur", "Günaydın, İstanbul!"),
    ("Latn", "tr", "tur", "Şişli'de çiçekçi dükkânı"),
    ("Latn", "tr", "tur", "Ilık ışık, güzel öğle yemeği"),
]

_CYRILLIC: list[Phrase] = [
    ("Cyrl", "ru", "rus", "Свежий хлеб каждый день"),
    ("Cyrl", "ru", "rus", "Скидка 25% на всё"),
    ("Cyrl", "ru", "rus", "Добро пожаловать в Москву!"),
    ("Cyrl", "ru", "rus", "Ёжик в тумане"),
    ("Cyrl", "ru", "rus", "Цена: 199 рублей"),
    (
        "Cyrl",
        "ru",
        "rus",
        "Широкая электрификация южных губерний даст мощный толчок подъёму сельского хозяйства",
    ),
    ("Cyrl", "ru", "rus", "Открыто с 10:00 до 22:00"),
    ("Cyrl", "ru", "rus", "Съешь же ещё этих мягких французских булок"),
    ("Cyrl", "ru", "rus", "Кафе «Берёзка»"),
    ("Cyrl", "ru", "rus", "Новая коллекция 2025 года"),
    ("Cyrl", "ru", "rus", "Мы работаем без выходных"),
    ("Cyrl", "ru", "rus", "Чай, кофе и пирожные"),
]

_GREEK: list[Phrase] = [
    ("Grek", "el", "ell", "Καλημέρα κόσμε"),
    ("Grek", "el", "ell", "Φρέσκο ψωμί κάθε μέρα"),
    ("Grek", "el", "ell", "Έκπτωση 30% σε όλα"),
    ("Grek", "el", "ell", "Καλώς ήρθατε στην Αθήνα!"),
    ("Grek", "el", "ell", "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία"),
    ("Grek", "el", "ell", "Τιμή: 12 ευρώ"),
    ("Grek", "el", "ell", "Ανοιχτά καθημερινά από τις 9:00"),
    ("Grek", "el", "ell", "Η Ελλάδα είναι μια χώρα με πλούσια ιστορία και όμορφα νησιά στο Αιγαίο"),
    ("Grek", "el", "ell", "Καφές και γλυκά"),
    ("Grek", "el", "ell", "Νέα συλλογή"),
    ("Grek", "el", "ell", "Ευχαριστούμε πολύ"),
    ("Grek", "el", "ell", "Θάλασσα και ήλιος"),
]

_ARABIC: list[Phrase] = [
    ("Arab", "ar", "ara", "مرحبا بالعالم"),
    ("Arab", "ar", "ara", "خبز طازج كل يوم"),
    ("Arab", "ar", "ara", "تخفيضات كبيرة"),
    ("Arab", "ar", "ara", "أهلا وسهلا"),
    ("Arab", "ar", "ara", "السعر 25 دينار"),
    ("Arab", "ar", "ara", "مفتوح من 9 إلى 5"),
    ("Arab", "ar", "ara", "اللغة العربية جميلة"),
    ("Arab", "ar", "ara", "قهوة عربية أصيلة"),
    ("Arab", "ar", "ara", "مكتبة المدينة الكبيرة تفتح أبوابها للزوار كل يوم من الصباح حتى المساء"),
    ("Arab", "ar", "ara", "شكرا جزيلا"),
    ("Arab", "ar", "ara", "عرض خاص 2025"),
    ("Arab", "ar", "ara", "مطعم الشرق"),
]

_HEBREW: list[Phrase] = [
    ("Hebr", "he", "heb", "שלום עולם"),
    ("Hebr", "he", "heb", "לחם טרי כל יום"),
    ("Hebr", "he", "heb", "מבצע גדול"),
    ("Hebr", "he", "heb", "ברוכים הבאים"),
    ("Hebr", "he", "heb", "מחיר 30 שקלים"),
    ("Hebr", "he", "heb", "פתוח מ 8 עד 20"),
    ("Hebr", "he", "heb", "תודה רבה"),
    ("Hebr", "he", "heb", "קפה ועוגה"),
    ("Hebr", "he", "heb", "הספרייה העירונית פתוחה לקהל הרחב בכל ימות השבוע חוץ משבת"),
    ("Hebr", "he", "heb", "חנות הספרים"),
    ("Hebr", "he", "heb", "ירושלים ותל אביב"),
    ("Hebr", "he", "heb", "שנה טובה"),
]

_DEVANAGARI: list[Phrase] = [
    ("Deva", "hi", "hin", "नमस्ते दुनिया"),
    ("Deva", "hi", "hin", "ताज़ा फल और सब्ज़ियाँ"),
    ("Deva", "hi", "hin", "स्वागत है"),
    ("Deva", "hi", "hin", "भारत एक विशाल देश है"),
    ("Deva", "hi", "hin", "क्षमा कीजिए"),
    ("Deva", "hi", "hin", "विद्यालय"),
    ("Deva", "hi", "hin", "धन्यवाद"),
    ("Deva", "hi", "hin", "आज का विशेष"),
    ("Deva", "hi", "hin", "हिंदी भारत की सबसे अधिक बोली जाने वाली भाषाओं में से एक है"),
    ("Deva", "hi", "hin", "श्री गणेश"),
    ("Deva", "hi", "hin", "प्रतिदिन खुला"),
    ("Deva", "hi", "hin", "कृपया ध्यान दें"),
]

_BENGALI: list[Phrase] = [
    ("Beng", "bn", "ben", "আমার সোনার বাংলা"),
    ("Beng", "bn", "ben", "শুভ নববর্ষ"),
    ("Beng", "bn", "ben", "স্বাগতম"),
    ("Beng", "bn", "ben", "ধন্যবাদ"),
    ("Beng", "bn", "ben", "তাজা মাছ"),
    ("Beng", "bn", "ben", "বাংলা ভাষা"),
    ("Beng", "bn", "ben", "আজকের বিশেষ খাবার"),
    ("Beng", "bn", "ben", "ঢাকা শহর"),
    ("Beng", "bn", "ben", "বাংলাদেশ দক্ষিণ এশিয়ার একটি সুন্দর দেশ যেখানে অনেক নদী আছে"),
    ("Beng", "bn", "ben", "বই মেলা"),
    ("Beng", "bn", "ben", "ক্ষমা করবেন"),
    ("Beng", "bn", "ben", "রবীন্দ্রনাথ ঠাকুর"),
]

_THAI: list[Phrase] = [
    ("Thai", "th", "tha", "สวัสดีครับ"),
    ("Thai", "th", "tha", "ยินดีต้อนรับ"),
    ("Thai", "th", "tha", "ขอบคุณมาก"),
    ("Thai", "th", "tha", "อาหารไทยอร่อย"),
    ("Thai", "th", "tha", "ลดราคาพิเศษ"),
    ("Thai", "th", "tha", "กรุงเทพมหานคร"),
    ("Thai", "th", "tha", "ประเทศไทยมีวัฒนธรรมที่งดงามและอาหารที่อร่อยมากมายหลายชนิด"),
    ("Thai", "th", "tha", "ร้านกาแฟ"),
    ("Thai", "th", "tha", "เปิดทุกวัน"),
    ("Thai", "th", "tha", "ผลไม้สด"),
    ("Thai", "th", "tha", "ภาษาไทย"),
    ("Thai", "th", "tha", "สุขสันต์วันเกิด"),
]

_HANS: list[Phrase] = [
    ("Hans", "zh-Hans", "chi_sim", "你好世界"),
    ("Hans", "zh-Hans", "chi_sim", "新鲜水果"),
    ("Hans", "zh-Hans", "chi_sim", "欢迎光临"),
    ("Hans", "zh-Hans", "chi_sim", "今天天气很好"),
    ("Hans", "zh-Hans", "chi_sim", "中华人民共和国"),
    ("Hans", "zh-Hans", "chi_sim", "全场八折优惠"),
    ("Hans", "zh-Hans", "chi_sim", "北京是中国的首都，也是一座历史悠久的文化名城。"),
    ("Hans", "zh-Hans", "chi_sim", "谢谢你的帮助"),
    ("Hans", "zh-Hans", "chi_sim", "营业时间"),
    ("Hans", "zh-Hans", "chi_sim", "学习汉语"),
    ("Hans", "zh-Hans", "chi_sim", "春节快乐"),
    ("Hans", "zh-Hans", "chi_sim", "书店"),
    ("Hans", "zh-Hans", "chi_sim", "上海的外滩夜景非常美丽，每年吸引无数游客。"),
    ("Hans", "zh-Hans", "chi_sim", "请勿吸烟"),
]

_HANT: list[Phrase] = [
    ("Hant", "zh-Hant", "chi_tra", "歡迎光臨"),
    ("Hant", "zh-Hant", "chi_tra", "新鮮麵包"),
    ("Hant", "zh-Hant", "chi_tra", "台灣美食"),
    ("Hant", "zh-Hant", "chi_tra", "謝謝您"),
    ("Hant", "zh-Hant", "chi_tra", "繁體中文"),
    ("Hant", "zh-Hant", "chi_tra", "圖書館"),
    ("Hant", "zh-Hant", "chi_tra", "臺北是一個充滿活力的城市，有許多美麗的風景與傳統市場。"),
    ("Hant", "zh-Hant", "chi_tra", "營業時間"),
    ("Hant", "zh-Hant", "chi_tra", "學習語言"),
    ("Hant", "zh-Hant", "chi_tra", "電腦與網路商店"),
    ("Hant", "zh-Hant", "chi_tra", "龍鳳呈祥"),
    ("Hant", "zh-Hant", "chi_tra", "體育館"),
    ("Hant", "zh-Hant", "chi_tra", "香港的夜景非常漂亮，吸引了很多遊客。"),
    ("Hant", "zh-Hant", "chi_tra", "今日特價：三件九折"),
    ("Hant", "zh-Hant", "chi_tra", "請勿吸煙"),
    ("Hant", "zh-Hant", "chi_tra", "傳統茶館與點心"),
]

_JAPANESE: list[Phrase] = [
    ("Jpan", "ja", "jpn", "こんにちは世界"),
    ("Jpan", "ja", "jpn", "いらっしゃいませ"),
    ("Jpan", "ja", "jpn", "ありがとうございます"),
    ("Jpan", "ja", "jpn", "東京タワー"),
    ("Jpan", "ja", "jpn", "新鮮な果物"),
    ("Jpan", "ja", "jpn", "本日のおすすめ"),
    ("Jpan", "ja", "jpn", "日本語を勉強しています。"),
    ("Jpan", "ja", "jpn", "今日はとても良い天気ですね。明日も晴れるでしょう。"),
    ("Jpan", "ja", "jpn", "営業中"),
    ("Jpan", "ja", "jpn", "コーヒーとケーキ"),
    ("Jpan", "ja", "jpn", "桜の花"),
    ("Jpan", "ja", "jpn", "駅前の本屋"),
]

_KOREAN: list[Phrase] = [
    ("Kore", "ko", "kor", "안녕하세요"),
    ("Kore", "ko", "kor", "환영합니다"),
    ("Kore", "ko", "kor", "감사합니다"),
    ("Kore", "ko", "kor", "신선한 과일"),
    ("Kore", "ko", "kor", "오늘의 특선"),
    ("Kore", "ko", "kor", "서울 특별시"),
    ("Kore", "ko", "kor", "한국어를 배우고 있습니다"),
    ("Kore", "ko", "kor", "대한민국의 수도는 서울이며 아름다운 산과 강이 많은 도시입니다"),
    ("Kore", "ko", "kor", "커피 전문점"),
    ("Kore", "ko", "kor", "영업 시간"),
    ("Kore", "ko", "kor", "새해 복 많이 받으세요"),
    ("Kore", "ko", "kor", "도서관"),
]

#: Mixed scripts: Latin brand names and numerals inside other scripts (scored under the main script).
_MIXED: list[Phrase] = [
    ("Arab", "ar", "ara+eng", "متجر Apple الجديد"),
    ("Hebr", "he", "heb+eng", "קפה Nespresso חם וטרי"),
    ("Cyrl", "ru", "rus+eng", "Магазин IKEA"),
    ("Grek", "el", "ell+eng", "Νέο iPhone 16"),
    ("Jpan", "ja", "jpn", "iPhone 16を発売"),
    ("Hans", "zh-Hans", "chi_sim", "欢迎来到 Google"),
    ("Kore", "ko", "kor+eng", "삼성 Galaxy S25"),
    ("Latn", "en", "eng", "Café № 7 — 2×1"),
    ("Thai", "th", "tha+eng", "ร้าน 7-Eleven"),
    ("Deva", "hi", "hin+eng", "मुंबई 2025"),
]

PHRASES: list[Phrase] = [
    *_LATIN, *_CYRILLIC, *_GREEK, *_ARABIC, *_HEBREW, *_DEVANAGARI, *_BENGALI,
    *_THAI, *_HANS, *_HANT, *_JAPANESE, *_KOREAN, *_MIXED,
]  # fmt: skip

__all__ = ["PHRASES", "Phrase"]
