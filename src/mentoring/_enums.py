"""The vocabularies of mentoring programmes, as string enums.

Values are stable lowercase strings: they go into JSON documents and must not
change. Labels in Russian, Romanian and Kazakh live in :mod:`mentoring.labels`.
Sources: the seeds (Russian school programme, Kazakh mentor-mentee plan,
Romanian and Moldovan mentor networks); see the glossary in the docs.
"""

import enum

__all__ = [
    "AchievementKind",
    "ActivityStatus",
    "Approach",
    "CertificationKind",
    "ContactKind",
    "CriterionStatus",
    "DeliveryMode",
    "EventKind",
    "MenteeCategory",
    "MentorFunction",
    "MentorLevel",
    "MentorOrigin",
    "MentoringForm",
    "PairStatus",
    "ReviewKind",
    "Role",
    "Scope",
    "WorkMethod",
]


class Role(enum.StrEnum):
    """The part a person plays in a programme (a role belongs to a participation).

    .. versionadded:: 0.1.0
    """

    MENTOR = "mentor"  #: наставник / mentor / тәлімгер
    MENTEE = "mentee"  #: наставляемый / mentorabil, debutant
    CURATOR = "curator"  #: куратор программы
    ADMINISTRATION = "administration"  #: администрация
    METHODICAL_ASSOCIATION_HEAD = "methodical_association_head"  #: руководитель МО
    PSYCHOLOGIST = "psychologist"  #: педагог-психолог
    SOCIAL_PEDAGOGUE = "social_pedagogue"  #: социальный педагог
    TUTOR = "tutor"  #: тьютор
    MEDIATOR = "mediator"  #: школьная служба медиации
    MENTOR_TRAINER = "mentor_trainer"  #: formator de mentori
    SCHOOL_INSPECTOR = "school_inspector"  #: inspector școlar


class MenteeCategory(enum.StrEnum):
    """Who the mentee is and why they are mentored.

    .. versionadded:: 0.1.0
    """

    YOUNG_SPECIALIST = "young_specialist"  #: молодой специалист, 0-3 years
    NEWLY_ARRIVED = "newly_arrived"  #: вновь прибывший специалист
    NEW_TO_POST = "new_to_post"  #: appointed to a post without experience in it
    FIRST_TIME_TEACHER = "first_time_teacher"  #: KZ - first year as a teacher
    TRAINEE_TEACHER = "trainee_teacher"  #: KZ 2022 - hired for one year
    DEBUTANT = "debutant"  #: cadru didactic debutant (RO, MD)
    STUDENT_TEACHER = "student_teacher"  #: stagiar, студент-практикант
    DEVELOPING_TEACHER = "developing_teacher"  #: any teacher, development mentoring
    PUPIL = "pupil"  #: ученик (student-student, employer-pupil forms)
    UNIVERSITY_STUDENT = "university_student"  #: студент
    NEW_EMPLOYEE = "new_employee"  #: any workplace - a newly hired employee


class MentorFunction(enum.StrEnum):
    """What the mentor does in a pair (S004: every mentor has one or two).

    .. versionadded:: 0.1.0
    """

    CONSULTANT = "consultant"  #: наставник-консультант
    SUBJECT = "subject"  #: наставник-предметник - the same subject
    PARALLEL_COLLEAGUE = "parallel_colleague"  #: teaches the same grade parallel


class MentorLevel(enum.StrEnum):
    """Where a mentor sits in a national network (Moldova's regulation).

    .. versionadded:: 0.1.0
    """

    NATIONAL = "national"  #: mentor național
    REGIONAL = "regional"  #: mentor regional
    INSTITUTIONAL = "institutional"  #: mentor instituțional


class MentorOrigin(enum.StrEnum):
    """Who the mentor is outside the programme (indicators 2.2-2.6 count them).

    .. versionadded:: 0.1.0
    """

    TEACHER = "teacher"  #: 2.2 наставник из числа педагогов
    GRADUATE = "graduate"  #: 2.3 из числа выпускников
    ENTERPRISE_EMPLOYEE = "enterprise_employee"  #: 2.4 сотрудник предприятия
    ENTREPRENEUR_OR_PUBLIC_FIGURE = "entrepreneur_or_public_figure"  #: 2.5
    NGO = "ngo"  #: 2.6 сотрудник НКО / социальных проектов


class CertificationKind(enum.StrEnum):
    """Certificates that make a person eligible to mentor, by jurisdiction.

    Kazakh NIS levels are numbered against seniority: level 1 is the most
    advanced. Level 1-2 teachers mentor (S004).

    .. versionadded:: 0.1.0
    """

    MENTORING_TRAINING = "mentoring_training"  #: trained in mentoring (2.1)
    NIS_LEVEL_1 = "nis_level_1"  #: первый (продвинутый) уровень
    NIS_LEVEL_2 = "nis_level_2"  #: второй (основной) уровень
    NIS_LEVEL_3 = "nis_level_3"  #: третий (базовый) уровень
    NIS_LEADERS_COURSE = "nis_leaders_course"  #: курсы руководителей
    NATIONAL_MENTOR = "national_mentor"  #: MD mentor național
    REGIONAL_MENTOR = "regional_mentor"  #: MD mentor regional
    INSTITUTIONAL_MENTOR = "institutional_mentor"  #: MD mentor instituțional
    PROFESOR_MENTOR = "profesor_mentor"  #: RO corpul profesorilor mentori


class MentoringForm(enum.StrEnum):
    """Who is paired with whom (the Russian five forms, and workplaces).

    .. versionadded:: 0.1.0
    """

    TEACHER_TEACHER = "teacher_teacher"
    STUDENT_STUDENT = "student_student"
    UNIVERSITY_STUDENT_PUPIL = "university_student_pupil"
    EMPLOYER_PUPIL = "employer_pupil"
    EMPLOYER_UNIVERSITY_STUDENT = "employer_university_student"
    UNIVERSITY_STUDENT_UNIVERSITY_STUDENT = "university_student_university_student"
    EMPLOYEE_EMPLOYEE = "employee_employee"


class Approach(enum.StrEnum):
    """The mentoring technology of a pair: the seed's nine, group and flash.

    .. versionadded:: 0.1.0
    """

    TRADITIONAL = "traditional"  #: традиционная модель
    SITUATIONAL = "situational"  #: ситуационное
    PARTNER = "partner"  #: партнёрское
    SELF_REGULATED = "self_regulated"  #: саморегулируемое
    REVERSE = "reverse"  #: реверсивное
    VIRTUAL = "virtual"  #: виртуальное
    TUTORING = "tutoring"  #: тьюторство
    MEDIATION = "mediation"  #: медиация
    PROJECT = "project"  #: проектная
    GROUP = "group"  #: групповое (KZ focus groups)
    FLASH = "flash"  #: флэш-наставничество


class WorkMethod(enum.StrEnum):
    """Forms and methods of work (S004 lists, Kazakh plan, Romanian reports).

    .. versionadded:: 0.1.0
    """

    CONVERSATION = "conversation"  #: беседа
    INTERVIEW = "interview"  #: собеседование
    TRAINING = "training"  #: тренинговое занятие
    MEETING_EXPERIENCED = "meeting_experienced"  #: встреча с опытными учителями
    OPEN_LESSON = "open_lesson"  #: открытый урок / lecție demonstrativă
    EXTRACURRICULAR_EVENT = "extracurricular_event"  #: внеклассное мероприятие
    THEMATIC_COUNCIL = "thematic_council"  #: тематический педсовет
    SEMINAR = "seminar"  #: семинар
    METHODICAL_CONSULTATION = "methodical_consultation"  #: методическая консультация
    LESSON_VISIT = "lesson_visit"  #: посещение урока
    MUTUAL_LESSON_VISIT = "mutual_lesson_visit"  #: взаимопосещение уроков
    QUESTIONNAIRE = "questionnaire"  #: анкетирование
    TESTING = "testing"  #: тестирование
    EVENT_PARTICIPATION = "event_participation"  #: участие в мероприятиях
    COURSE = "course"  #: прохождение курсов
    ASSIGNMENT = "assignment"  #: задание со сроком
    LESSON_EVALUATION = "lesson_evaluation"  #: контроль самостоятельных уроков
    JOINT_LESSON_PLANNING = "joint_lesson_planning"  #: совместное планирование КСП
    COACHING = "coaching"  #: коучинг
    LESSON_OBSERVATION = "lesson_observation"  #: наблюдение за уроком
    FEEDBACK = "feedback"  #: обратная связь
    MEETING = "meeting"  #: встреча
    ACCOMPANIMENT = "accompaniment"  #: сопровождение
    VIDEO_LESSON_DISCUSSION = "video_lesson_discussion"  #: обсуждение видеоуроков
    LESSON_STUDY = "lesson_study"  #: Lesson Study
    GROUP_COUNSELLING = "group_counselling"  #: consiliere de grup
    WORKING_MEETING = "working_meeting"  #: întâlnire de lucru
    WEBINAR = "webinar"  #: webinar
    DISTANCE_ASSISTED_TRAINING = "distance_assisted_training"  #: formare la distanță


class DeliveryMode(enum.StrEnum):
    """How the pair meets: офлайн / онлайн (S004), or both.

    .. versionadded:: 0.1.0
    """

    OFFLINE = "offline"
    ONLINE = "online"
    BLENDED = "blended"


class ContactKind(enum.StrEnum):
    """How a mentor and a mentee were in contact during an activity: the
    "dose" of mentoring that induction standards count (hours a week,
    lesson observations).

    .. versionadded:: 0.1.0
    """

    MEETING = "meeting"  #: встреча, беседа, консультация / întâlnire
    LESSON_OBSERVATION = "lesson_observation"  #: посещение урока / asistență
    CO_PLANNING = "co_planning"  #: совместное планирование / planificare comună
    ONLINE = "online"  #: онлайн-встреча / întâlnire online


class PairStatus(enum.StrEnum):
    """Where a pair is in its lifecycle.

    ``proposed -> active <-> paused -> completed | dissolved``; a proposed pair
    may also be dissolved (declined). Completed and dissolved are final.

    .. versionadded:: 0.1.0
    """

    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    DISSOLVED = "dissolved"

    @property
    def is_terminal(self) -> bool:
        """Whether no transition leaves this state."""
        return self in (PairStatus.COMPLETED, PairStatus.DISSOLVED)

    @property
    def holds_capacity(self) -> bool:
        """Whether a pair in this state takes one of its mentor's places."""
        return self in (PairStatus.ACTIVE, PairStatus.PAUSED)


class CriterionStatus(enum.StrEnum):
    """Where a success criterion stands at an assessment.

    .. versionadded:: 0.1.0
    """

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_MET = "not_met"


class ReviewKind(enum.StrEnum):
    """When a value was measured: at the start, at a term's current control, at
    an intermediate or at the final review (S004 section 3).

    .. versionadded:: 0.1.0
    """

    BASELINE = "baseline"
    CURRENT = "current"
    INTERMEDIATE = "intermediate"
    FINAL = "final"


class ActivityStatus(enum.StrEnum):
    """Where a planned activity stands.

    .. versionadded:: 0.1.0
    """

    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class EventKind(enum.StrEnum):
    """Kinds of events a programme records (indicators 4.1-4.3 count them).

    .. versionadded:: 0.1.0
    """

    SCIENTIFIC_PRACTICAL = "scientific_practical"  #: научно-практическое мероприятие
    SEMINAR = "seminar"
    TRAINING = "training"
    FOLLOW_UP_SESSION = "follow_up_session"  #: sesiune de follow-up
    CERTIFICATION_SESSION = "certification_session"  #: sesiune de certificare
    WEBINAR = "webinar"
    PEDAGOGICAL_COUNCIL = "pedagogical_council"  #: педагогический совет
    OPEN_LESSON = "open_lesson"
    COMPETITION = "competition"
    OTHER = "other"


class Scope(enum.StrEnum):
    """The reach of an event or of a recognition.

    .. versionadded:: 0.1.0
    """

    INSTITUTIONAL = "institutional"
    DISTRICT = "district"
    REGIONAL = "regional"
    NATIONAL = "national"
    INTERNATIONAL = "international"


class AchievementKind(enum.StrEnum):
    """What a person achieved (indicators 3.1-3.3, 4.4 and outcomes count them).

    .. versionadded:: 0.1.0
    """

    MANAGEMENT_RESERVE = "management_reserve"  #: 3.1 кадровый резерв
    PROJECT_LEADERSHIP = "project_leadership"  #: 3.2 руководство проектами
    COMPETITION = "competition"  #: 3.3 конкурс профессионального мастерства
    PUBLICATION = "publication"  #: outcome - статья, исследование
    METHODICAL_PRACTICE = "methodical_practice"  #: outcome - методическая практика
    PRACTICE_EXPERT_REVIEW = "practice_expert_review"  #: 4.4 экспертиза практики
    CERTIFICATION = "certification"  #: a certificate obtained in the programme
