"""Labels of the model's enums (:mod:`mentoring.model`), by enum name
and member value: English, Russian, Romanian and Kazakh (where known).
"""

from mentoring.labels._types import Labels

__all__ = ["MODEL_LABELS"]

L = Labels

MODEL_LABELS: dict[str, dict[str, L]] = {
    "Role": {
        "mentor": L("Mentor", "Наставник", "Mentor", "Тәлімгер"),
        "mentee": L("Mentee", "Наставляемый", "Persoană mentorată"),
        "curator": L(
            "Programme curator", "Куратор программы", "Coordonatorul programului"
        ),
        "administration": L("Administration", "Администрация", "Administrație"),
        "methodical_association_head": L(
            "Head of the methodical association",
            "Руководитель методического объединения",
            "Șef de comisie metodică",
        ),
        "psychologist": L("School psychologist", "Педагог-психолог", "Psiholog școlar"),
        "social_pedagogue": L(
            "Social pedagogue", "Социальный педагог", "Pedagog social"
        ),
        "tutor": L("Tutor", "Тьютор", "Tutore"),
        "mediator": L("Mediator", "Медиатор", "Mediator"),
        "mentor_trainer": L(
            "Mentor trainer", "Тренер наставников", "Formator de mentori"
        ),
        "school_inspector": L("School inspector", "Инспектор", "Inspector școlar"),
    },
    "MenteeCategory": {
        "young_specialist": L(
            "Young specialist", "Молодой специалист", "Tânăr specialist", "Жас маман"
        ),
        "newly_arrived": L(
            "Newly arrived specialist",
            "Вновь прибывший специалист",
            "Specialist nou venit",
        ),
        "new_to_post": L(
            "New to the post",
            "Специалист, назначенный на новую должность",
            "Nou în funcție",
        ),
        "first_time_teacher": L(
            "First-time teacher",
            "Педагог, впервые приступивший к работе",
            "Cadru didactic la primul an de activitate",
        ),
        "trainee_teacher": L("Trainee teacher", "Педагог-стажёр", "Profesor stagiar"),
        "debutant": L(
            "Beginning teacher", "Начинающий педагог", "Cadru didactic debutant"
        ),
        "student_teacher": L(
            "Student teacher", "Студент-практикант", "Student practicant"
        ),
        "developing_teacher": L(
            "Teacher in professional development",
            "Педагог в профессиональном развитии",
            "Cadru didactic în dezvoltare profesională",
        ),
        "pupil": L("Pupil", "Обучающийся", "Elev"),
        "university_student": L("University student", "Студент", "Student"),
        "new_employee": L("New employee", "Новый сотрудник", "Angajat nou"),
    },
    "MentorFunction": {
        "consultant": L(
            "Consultant mentor", "Наставник-консультант", "Mentor consultant"
        ),
        "subject": L(
            "Subject mentor", "Наставник-предметник", "Mentor de specialitate"
        ),
        "parallel_colleague": L(
            "Colleague teaching the same parallel",
            "Учитель, работающий в параллели",
            "Coleg care predă la aceleași clase paralele",
        ),
    },
    "MentorLevel": {
        "national": L("National mentor", "Национальный наставник", "Mentor național"),
        "regional": L("Regional mentor", "Региональный наставник", "Mentor regional"),
        "institutional": L(
            "Institutional mentor",
            "Наставник образовательной организации",
            "Mentor instituțional",
        ),
    },
    "MentorOrigin": {
        "teacher": L("Teacher", "Педагог", "Cadru didactic"),
        "graduate": L("Graduate", "Выпускник", "Absolvent"),
        "enterprise_employee": L(
            "Enterprise employee",
            "Сотрудник предприятия",
            "Angajat al unei întreprinderi",
        ),
        "entrepreneur_or_public_figure": L(
            "Entrepreneur or public figure",
            "Предприниматель или общественный деятель",
            "Antreprenor sau personalitate publică",
        ),
        "ngo": L("NGO member", "Сотрудник НКО", "Membru al unui ONG"),
    },
    "CertificationKind": {
        "mentoring_training": L(
            "Mentoring training", "Обучение по наставничеству", "Formare în mentorat"
        ),
        "nis_level_1": L(
            "NIS level 1 (advanced)",
            "Первый (продвинутый) уровень",
            "Nivelul 1 NIS (avansat)",
        ),
        "nis_level_2": L(
            "NIS level 2 (main)",
            "Второй (основной) уровень",
            "Nivelul 2 NIS (principal)",
        ),
        "nis_level_3": L(
            "NIS level 3 (basic)", "Третий (базовый) уровень", "Nivelul 3 NIS (de bază)"
        ),
        "nis_leaders_course": L(
            "NIS school leaders' course",
            "Курсы руководителей",
            "Cursul NIS pentru directori",
        ),
        "national_mentor": L(
            "National mentor certificate",
            "Сертификат национального наставника",
            "Certificat de mentor național",
        ),
        "regional_mentor": L(
            "Regional mentor certificate",
            "Сертификат регионального наставника",
            "Certificat de mentor regional",
        ),
        "institutional_mentor": L(
            "Institutional mentor certificate",
            "Сертификат наставника образовательной организации",
            "Certificat de mentor instituțional",
        ),
        "profesor_mentor": L(
            "Mentor teacher (Romanian national corps)",
            "Профессор-наставник (Румыния)",
            "Profesor mentor",
        ),
    },
    "MentoringForm": {
        "teacher_teacher": L(
            "Teacher – teacher", "Педагог – педагог", "Cadru didactic – cadru didactic"
        ),
        "student_student": L("Pupil – pupil", "Ученик – ученик", "Elev – elev"),
        "university_student_pupil": L(
            "University student – pupil", "Студент – ученик", "Student – elev"
        ),
        "employer_pupil": L(
            "Employer – pupil", "Работодатель – ученик", "Angajator – elev"
        ),
        "employer_university_student": L(
            "Employer – university student",
            "Работодатель – студент",
            "Angajator – student",
        ),
        "university_student_university_student": L(
            "University student – university student",
            "Студент – студент",
            "Student – student",
        ),
        "employee_employee": L(
            "Employee – employee", "Сотрудник – сотрудник", "Angajat – angajat"
        ),
    },
    "Approach": {
        "traditional": L("Traditional", "Традиционная модель", "Tradițional"),
        "situational": L("Situational", "Ситуационное наставничество", "Situațional"),
        "partner": L("Partner (peer)", "Партнёрское наставничество", "Între egali"),
        "self_regulated": L(
            "Self-regulated", "Саморегулируемое наставничество", "Autoreglat"
        ),
        "reverse": L("Reverse", "Реверсивное наставничество", "Mentorat invers"),
        "virtual": L("Virtual", "Виртуальное наставничество", "Virtual"),
        "tutoring": L("Tutoring", "Тьюторство", "Tutorat"),
        "mediation": L("Mediation", "Медиация", "Mediere"),
        "project": L("Project-based", "Проектное наставничество", "Pe bază de proiect"),
        "group": L("Group", "Групповое наставничество", "De grup"),
        "flash": L("Flash mentoring", "Флеш-наставничество", "Mentorat flash"),
    },
    "WorkMethod": {
        "conversation": L("Conversation", "Беседа", "Discuție"),
        "interview": L("Interview", "Собеседование", "Interviu"),
        "training": L("Training session", "Тренинговое занятие", "Sesiune de formare"),
        "meeting_experienced": L(
            "Meeting with experienced teachers",
            "Встреча с опытными учителями",
            "Întâlnire cu profesori experimentați",
        ),
        "open_lesson": L(
            "Open lesson", "Открытый урок", "Lecție demonstrativă", "Ашық сабақ"
        ),
        "extracurricular_event": L(
            "Extracurricular event",
            "Внеклассное мероприятие",
            "Activitate extracurriculară",
        ),
        "thematic_council": L(
            "Thematic teachers' council",
            "Тематический педсовет",
            "Consiliu profesoral tematic",
        ),
        "seminar": L("Seminar", "Семинар", "Seminar"),
        "methodical_consultation": L(
            "Methodical consultation",
            "Методическая консультация",
            "Consultație metodică",
        ),
        "lesson_visit": L("Lesson visit", "Посещение урока", "Asistență la lecție"),
        "mutual_lesson_visit": L(
            "Mutual lesson visits",
            "Взаимопосещение уроков",
            "Asistență reciprocă la lecții",
        ),
        "questionnaire": L("Questionnaire", "Анкетирование", "Chestionar"),
        "testing": L("Testing", "Тестирование", "Testare"),
        "event_participation": L(
            "Taking part in events",
            "Участие в мероприятиях",
            "Participare la evenimente",
        ),
        "course": L("Course", "Прохождение курсов", "Curs de formare"),
        "assignment": L(
            "Assignment with a deadline", "Задание со сроком", "Sarcină cu termen"
        ),
        "lesson_evaluation": L(
            "Evaluation of independent lessons",
            "Контроль и оценка самостоятельных уроков",
            "Evaluarea lecțiilor susținute independent",
        ),
        "joint_lesson_planning": L(
            "Joint lesson planning",
            "Совместное планирование КСП",
            "Planificarea în comun a lecțiilor",
        ),
        "coaching": L("Coaching", "Коучинг", "Coaching", "Коучинг"),
        "lesson_observation": L(
            "Lesson observation", "Наблюдение за уроком", "Observarea lecției"
        ),
        "feedback": L("Feedback", "Обратная связь", "Feedback"),
        "meeting": L("Meeting", "Встреча", "Întâlnire"),
        "accompaniment": L("Accompaniment", "Сопровождение", "Însoțire"),
        "video_lesson_discussion": L(
            "Discussion of video-recorded lessons",
            "Обсуждение уроков по видеозаписям",
            "Discutarea lecțiilor înregistrate video",
        ),
        "lesson_study": L(
            "Lesson Study", "Lesson Study", "Lesson Study", "Lesson Study"
        ),
        "group_counselling": L(
            "Group counselling", "Групповое консультирование", "Consiliere de grup"
        ),
        "working_meeting": L(
            "Working meeting", "Рабочая встреча", "Întâlnire de lucru"
        ),
        "webinar": L("Webinar", "Вебинар", "Webinar"),
        "distance_assisted_training": L(
            "Distance-assisted training",
            "Дистанционное обучение с сопровождением",
            "Formare asistată la distanță",
        ),
    },
    "ContactKind": {
        "meeting": L("Meeting", "Встреча", "Întâlnire", "Кездесу"),
        "lesson_observation": L(
            "Lesson observation", "Посещение урока", "Asistență la lecție"
        ),
        "co_planning": L(
            "Co-planning", "Совместное планирование", "Planificare comună"
        ),
        "online": L("Online meeting", "Онлайн-встреча", "Întâlnire online"),
    },
    "DeliveryMode": {
        "offline": L("In person", "Очно (офлайн)", "Față în față", "Офлайн"),
        "online": L("Online", "Дистанционно (онлайн)", "Online", "Онлайн"),
        "blended": L("Blended", "Смешанный формат", "Mixt"),
    },
    "PairStatus": {
        "proposed": L("Proposed", "Предложена", "Propusă"),
        "active": L("Active", "Действует", "Activă"),
        "paused": L("Paused", "Приостановлена", "Suspendată"),
        "completed": L("Completed", "Завершена", "Finalizată"),
        "dissolved": L("Dissolved", "Распалась", "Dizolvată"),
    },
    "CriterionStatus": {
        "not_started": L("Not started", "Не начато", "Neînceput"),
        "in_progress": L("In progress", "В процессе", "În curs"),
        "met": L("Met", "Достигнут", "Îndeplinit"),
        "not_met": L("Not met", "Не достигнут", "Neîndeplinit"),
    },
    "ReviewKind": {
        "baseline": L(
            "At the programme start", "На дату начала программы", "Evaluare inițială"
        ),
        "current": L("Current control", "Текущий контроль", "Control curent"),
        "intermediate": L(
            "Intermediate review", "Промежуточные итоги", "Bilanț intermediar"
        ),
        "final": L("Final review", "Итоговый контроль", "Bilanț final"),
    },
    "ActivityStatus": {
        "planned": L("Planned", "Запланировано", "Planificată"),
        "done": L("Done", "Выполнено", "Realizată"),
        "missed": L("Missed", "Пропущено", "Ratată"),
        "cancelled": L("Cancelled", "Отменено", "Anulată"),
    },
    "EventKind": {
        "scientific_practical": L(
            "Scientific-practical event",
            "Научно-практическое мероприятие",
            "Eveniment științifico-practic",
        ),
        "seminar": L("Seminar", "Семинар", "Seminar"),
        "training": L("Training", "Тренинг", "Formare"),
        "follow_up_session": L(
            "Follow-up session", "Сессия сопровождения", "Sesiune de follow-up"
        ),
        "certification_session": L(
            "Certification session", "Сертификационная сессия", "Sesiune de certificare"
        ),
        "webinar": L("Webinar", "Вебинар", "Webinar"),
        "pedagogical_council": L(
            "Pedagogical council", "Педагогический совет", "Consiliu profesoral"
        ),
        "open_lesson": L(
            "Open lesson", "Открытый урок", "Lecție demonstrativă", "Ашық сабақ"
        ),
        "competition": L("Competition", "Конкурс", "Concurs"),
        "other": L("Other", "Другое", "Altele"),
    },
    "Scope": {
        "institutional": L("Institutional", "Уровень организации", "Instituțional"),
        "district": L("District", "Муниципальный", "Raional"),
        "regional": L("Regional", "Региональный", "Regional"),
        "national": L("National", "Национальный (всероссийский)", "Național"),
        "international": L("International", "Международный", "Internațional"),
    },
    "AchievementKind": {
        "management_reserve": L(
            "Entered the management reserve",
            "Кадровый управленческий резерв",
            "Rezerva de cadre de conducere",
        ),
        "project_leadership": L(
            "Project leadership", "Руководство проектами", "Conducerea de proiecte"
        ),
        "competition": L(
            "Professional competition",
            "Конкурс профессионального мастерства",
            "Concurs de măiestrie profesională",
        ),
        "publication": L("Publication", "Публикация", "Publicație"),
        "methodical_practice": L(
            "Methodical practice", "Методическая практика", "Practică metodică"
        ),
        "practice_expert_review": L(
            "Practice passed an expert review",
            "Практика прошла профессионально-общественную экспертизу",
            "Practică validată prin expertiză profesională",
        ),
        "certification": L("Certification", "Сертификация", "Certificare"),
    },
}
